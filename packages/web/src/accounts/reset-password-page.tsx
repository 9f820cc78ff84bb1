import { passwordPolicy } from "@painplan/core";
import type { SubmitEvent } from "react";
import { useState } from "react";
import { Link, useLocation } from "react-router";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { PasswordField } from "../forms/password-field";
import { SubmitButton } from "../forms/submit-button";
import { Page } from "../ui/page";
import { useResetPassword } from "./password-reset-mutations";

const fieldTargets = { newPassword: { id: "reset-new-password", label: "New password" } } as const;

/** The token rides in the link's fragment (`#token=…`), which the browser never sends anywhere. */
function tokenFrom(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, "")).get("token") ?? "";
}

/** Opened from a reset link: choose a new password, then sign in with it. */
export function ResetPasswordPage() {
  const location = useLocation();
  const token = tokenFrom(location.hash);
  const [newPassword, setNewPassword] = useState("");
  const reset = useResetPassword();
  const problem = formProblemFrom(reset.error, Object.keys(fieldTargets));

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reset.isPending) return;
    reset.mutate(
      { token, newPassword },
      {
        onSuccess: () => {
          setNewPassword("");
        },
      },
    );
  }

  if (reset.isSuccess) {
    return (
      <Page title="Password changed" heading="Your new password is set">
        <p className="notice" role="status">
          You were signed out everywhere. Sign in with your new password.
        </p>
        <p>
          <Link to="/sign-in">Sign in</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title="Choose a new password" heading="Choose a new password">
      {token === "" && (
        <p className="notice">
          This link is incomplete. Open the whole link from your e-mail, or{" "}
          <Link to="/forgot-password">ask for a new one</Link>.
        </p>
      )}
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary problem={problem} fieldTargets={fieldTargets} />
        <PasswordField
          id={fieldTargets.newPassword.id}
          label={fieldTargets.newPassword.label}
          hint={`At least ${passwordPolicy.minLength} characters. Every device will be signed out.`}
          autoComplete="new-password"
          value={newPassword}
          onChange={setNewPassword}
          error={problem.fields["newPassword"]}
        />
        <SubmitButton isBusy={reset.isPending} busyLabel="Saving…">
          Set new password
        </SubmitButton>
      </form>
      <p className="page__aside">
        Link expired? <Link to="/forgot-password">Ask for a new one</Link>
      </p>
    </Page>
  );
}
