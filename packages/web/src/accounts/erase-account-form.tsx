import { endpoints, endpointUrl } from "@painplan/core";
import type { SubmitEvent } from "react";
import { useState } from "react";
import { ErrorSummary } from "../forms/error-summary";
import { FieldMessages } from "../forms/field-messages";
import { PasswordField } from "../forms/password-field";
import { SubmitButton } from "../forms/submit-button";
import { useEraseAccount } from "./account-mutations";
import { confirmWithPasskey, passkeyProblemFrom, usePasskeys } from "./passkey-mutations";

const fieldTargets = {
  confirmed: { id: "erasure-confirmed", label: "I understand" },
  password: { id: "erasure-password", label: "Your password" },
  passkey: { id: "erasure-passkey", label: "Confirm with a passkey" },
} as const;

const notConfirmed = "Tick the box to confirm that you want everything deleted.";

/**
 * Deleting one's account for good: a last copy of the diary is offered first, then the password
 * again and a ticked box. The password is never kept as a draft.
 */
export function EraseAccountForm({ userId }: { userId: string }) {
  const [password, setPassword] = useState("");
  const [isConfirmed, setIsConfirmed] = useState(false);
  const [isConfirmMissing, setIsConfirmMissing] = useState(false);
  const erase = useEraseAccount();
  const passkeys = usePasskeys();
  const hasPasskey = (passkeys.data?.length ?? 0) > 0;
  const serverProblem = passkeyProblemFrom(erase.error, Object.keys(fieldTargets));
  const problem = isConfirmMissing
    ? { summary: undefined, fields: { confirmed: notConfirmed, ...serverProblem.fields } }
    : serverProblem;
  const confirmError = problem.fields["confirmed"];

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (erase.isPending) return;
    setIsConfirmMissing(!isConfirmed);
    if (!isConfirmed) {
      erase.reset();
      return;
    }
    erase.mutate({ password });
  }

  /** The same step confirmed by one of the person's passkeys instead of the password. */
  function eraseWithPasskey() {
    if (erase.isPending) return;
    setIsConfirmMissing(!isConfirmed);
    if (!isConfirmed) {
      erase.reset();
      return;
    }
    erase.mutate(async () => ({ passkey: await confirmWithPasskey() }));
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="erasure-heading">
      <h2 id="erasure-heading">Delete your account</h2>
      <p>
        This deletes your account and everything in it for good: your diary, pain profile,
        questionnaires and safety answers. It cannot be undone.
      </p>
      <p>Keep a copy first, if you like:</p>
      <ul className="link-list">
        <li>
          <a href={endpointUrl(endpoints.exportDiaryCsv.path, { userId })} download>
            Download your diary as CSV (for spreadsheets)
          </a>
        </li>
        <li>
          <a href={endpointUrl(endpoints.exportDiaryJson.path, { userId })} download>
            Download your diary as JSON (for other apps)
          </a>
        </li>
      </ul>
      <ErrorSummary problem={problem} fieldTargets={fieldTargets} headingLevel={3} />
      <div className="field">
        <label className="choice">
          <input
            id={fieldTargets.confirmed.id}
            type="checkbox"
            checked={isConfirmed}
            aria-invalid={confirmError !== undefined}
            aria-describedby={
              confirmError === undefined ? undefined : `${fieldTargets.confirmed.id}-error`
            }
            onChange={(event) => {
              setIsConfirmed(event.target.checked);
            }}
          />
          <span className="choice__label">
            I understand that my account and all my data will be deleted and cannot be recovered.
          </span>
        </label>
        <FieldMessages id={fieldTargets.confirmed.id} error={confirmError} />
      </div>
      <PasswordField
        id={fieldTargets.password.id}
        label={fieldTargets.password.label}
        hint={
          hasPasskey
            ? "To be sure it is you. Or leave it empty and confirm with a passkey below."
            : "To be sure it is you."
        }
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={problem.fields["password"]}
      />
      <div className="form__actions">
        <SubmitButton isBusy={erase.isPending} busyLabel="Deleting…">
          Delete my account
        </SubmitButton>
        {hasPasskey && (
          <button
            id={fieldTargets.passkey.id}
            type="button"
            className="button button--secondary"
            disabled={erase.isPending}
            onClick={eraseWithPasskey}
          >
            Delete my account, confirmed with a passkey
          </button>
        )}
      </div>
    </form>
  );
}
