import type { SubmitEvent } from "react";
import { useState } from "react";
import { Link } from "react-router";
import { isApiError } from "../api/api-error";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { Page } from "../ui/page";
import { useRequestPasswordReset } from "./password-reset-mutations";

const fieldTargets = { email: { id: "forgot-email", label: "Email" } } as const;

const noEmailHere =
  "This PainPlan cannot send e-mail. Please ask the person who runs it to reset your password: they can give you a link that works once, for 30 minutes.";

/** Asks for a reset link; the answer is the same whether or not the email has an account. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState("");
  const request = useRequestPasswordReset();
  const cannotMail = isApiError(request.error) && request.error.code === "service_unavailable";
  const problem = cannotMail
    ? { summary: noEmailHere, fields: {} }
    : formProblemFrom(request.error, Object.keys(fieldTargets));

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (request.isPending) return;
    request.mutate({ email });
  }

  return (
    <Page title="Forgot your password?" heading="Forgot your password?">
      <p className="page__intro">
        Enter the email you use for PainPlan. We will send it a link to choose a new password. The
        link works once, for 30 minutes.
      </p>
      <p className="notice" role="status">
        {request.isSuccess ? request.data.message : ""}
      </p>
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary problem={problem} fieldTargets={fieldTargets} />
        <TextField
          id={fieldTargets.email.id}
          label={fieldTargets.email.label}
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={problem.fields["email"]}
        />
        <SubmitButton isBusy={request.isPending} busyLabel="Sending…">
          Send me a link
        </SubmitButton>
      </form>
      <p className="page__aside">
        Remembered it? <Link to="/sign-in">Sign in</Link>
      </p>
    </Page>
  );
}
