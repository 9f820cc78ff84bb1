import { passwordPolicy } from "@painplan/core";
import type { SubmitEvent } from "react";
import { useState } from "react";
import { ErrorSummary } from "../forms/error-summary";
import { PasswordField } from "../forms/password-field";
import { SubmitButton } from "../forms/submit-button";
import { useChangePassword } from "./account-mutations";
import { confirmWithPasskey, passkeyProblemFrom, usePasskeys } from "./passkey-mutations";

const fieldTargets = {
  currentPassword: { id: "current-password", label: "Current password" },
  newPassword: { id: "new-password", label: "New password" },
} as const;

/** Passwords are never kept as drafts: a failed submit keeps them in memory only. */
export function ChangePasswordForm() {
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const changePassword = useChangePassword();
  const passkeys = usePasskeys();
  const hasPasskey = (passkeys.data?.length ?? 0) > 0;
  const problem = passkeyProblemFrom(changePassword.error, Object.keys(fieldTargets));
  const clear = {
    onSuccess: () => {
      setCurrentPassword("");
      setNewPassword("");
    },
  };

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (changePassword.isPending) return;
    changePassword.mutate({ currentPassword, newPassword }, clear);
  }

  /** The same change confirmed by one of the person's passkeys instead of the current password. */
  function changeWithPasskey() {
    if (changePassword.isPending) return;
    changePassword.mutate(
      async () => ({ newPassword, passkey: await confirmWithPasskey() }),
      clear,
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
        {...(hasPasskey ? { hint: "Or leave it empty and confirm with a passkey below." } : {})}
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
        {hasPasskey && (
          <button
            type="button"
            className="button button--secondary"
            disabled={changePassword.isPending}
            onClick={changeWithPasskey}
          >
            Change it, confirmed with a passkey
          </button>
        )}
        <p className="form__status" role="status">
          {changePassword.isSuccess
            ? "Your password is changed. Other devices are signed out."
            : ""}
        </p>
      </div>
    </form>
  );
}
