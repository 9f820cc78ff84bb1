import { passwordPolicy } from "@painplan/core";
import type { SubmitEvent } from "react";
import { useState } from "react";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { PasswordField } from "../forms/password-field";
import { SubmitButton } from "../forms/submit-button";
import { useChangePassword } from "./account-mutations";

const fieldTargets = {
  currentPassword: { id: "current-password", label: "Current password" },
  newPassword: { id: "new-password", label: "New password" },
} as const;

/** Passwords are never kept as drafts: a failed submit keeps them in memory only. */
export function ChangePasswordForm() {
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const changePassword = useChangePassword();
  const problem = formProblemFrom(changePassword.error, Object.keys(fieldTargets));

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (changePassword.isPending) return;
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword("");
          setNewPassword("");
        },
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="password-heading">
      <h2 id="password-heading">Password</h2>
      <ErrorSummary problem={problem} fieldTargets={fieldTargets} headingLevel={3} />
      <PasswordField
        id={fieldTargets.currentPassword.id}
        label={fieldTargets.currentPassword.label}
        autoComplete="current-password"
        value={currentPassword}
        onChange={setCurrentPassword}
        error={problem.fields["currentPassword"]}
      />
      <PasswordField
        id={fieldTargets.newPassword.id}
        label={fieldTargets.newPassword.label}
        hint={`At least ${passwordPolicy.minLength} characters. Other devices will be signed out.`}
        autoComplete="new-password"
        value={newPassword}
        onChange={setNewPassword}
        error={problem.fields["newPassword"]}
      />
      <div className="form__actions">
        <SubmitButton isBusy={changePassword.isPending} busyLabel="Changing…">
          Change password
        </SubmitButton>
        <p className="form__status" role="status">
          {changePassword.isSuccess
            ? "Your password is changed. Other devices are signed out."
            : ""}
        </p>
      </div>
    </form>
  );
}
