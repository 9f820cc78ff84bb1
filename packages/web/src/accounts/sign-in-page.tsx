import type { SubmitEvent } from "react";
import { useState } from "react";
import { Link, useLocation, useNavigate, useSearchParams } from "react-router";
import { Page } from "../ui/page";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { PasswordField } from "../forms/password-field";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { useTabDraft } from "../forms/use-tab-draft";
import { useSignIn } from "./account-mutations";
import { passkeyProblemFrom, usePasskeySignIn } from "./passkey-mutations";
import { safeNextPath } from "./next-path";
import { isAccountErasedState, isSignedOutState } from "./sign-out-state";

const fieldTargets = {
  email: { id: "sign-in-email", label: "Email" },
  password: { id: "sign-in-password", label: "Password" },
} as const;
const emptyDraft = { email: "" };

export function SignInPage() {
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const nextParam = searchParams.get("next");
  const next = safeNextPath(nextParam);
  const { values, setField } = useTabDraft("sign-in", emptyDraft);
  const [password, setPassword] = useState("");
  const signIn = useSignIn();
  const passkey = usePasskeySignIn();
  const problem =
    passkey.error === null
      ? formProblemFrom(signIn.error, Object.keys(fieldTargets))
      : passkeyProblemFrom(passkey.error, Object.keys(fieldTargets));

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    passkey.reset();
    signIn.mutate(
      { email: values.email, password },
      { onSuccess: () => void navigate(next, { replace: true }) },
    );
  }

  return (
    <Page title="Sign in" heading="Sign in to PainPlan">
      {/* Rendered empty first so the message is announced when it appears. */}
      <p className="notice" role="status">
        {isSignedOutState(location.state) && signIn.isIdle
          ? isAccountErasedState(location.state)
            ? "Your account and all its data are deleted."
            : "You are signed out."
          : ""}
      </p>
      {nextParam !== null && next !== "/" && (
        <p className="page__intro">Please sign in to continue to that page.</p>
      )}
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary problem={problem} fieldTargets={fieldTargets} />
        {/* No typing: the device's screen lock (fingerprint, face, PIN) signs in. */}
        <div className="form__actions sign-in__passkey">
          <button
            type="button"
            className="button"
            disabled={passkey.isPending}
            onClick={() => {
              if (passkey.isPending) return;
              signIn.reset();
              passkey.mutate(undefined, {
                onSuccess: () => void navigate(next, { replace: true }),
              });
            }}
          >
            {passkey.isPending ? "Waiting for your device…" : "Sign in with a passkey"}
          </button>
        </div>
        <p className="sign-in__or">Or with your email and password:</p>
        <TextField
          id={fieldTargets.email.id}
          label={fieldTargets.email.label}
          type="email"
          autoComplete="email"
          value={values.email}
          onChange={(value) => {
            setField("email", value);
          }}
          error={problem.fields["email"]}
        />
        <PasswordField
          id={fieldTargets.password.id}
          label={fieldTargets.password.label}
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={problem.fields["password"]}
        />
        <SubmitButton isBusy={signIn.isPending} busyLabel="Signing in…">
          Sign in
        </SubmitButton>
      </form>
      <p className="page__aside">
        <Link to="/forgot-password">Forgot your password?</Link> We can send you a link to choose a
        new one, or the person who runs this PainPlan can give you one.
      </p>
      <p className="page__aside">
        New to PainPlan?{" "}
        <Link to={nextParam === null ? "/register" : `/register?next=${encodeURIComponent(next)}`}>
          Create an account
        </Link>
      </p>
    </Page>
  );
}
