import type { SubmitEvent } from "react";
import { useState } from "react";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { SubmitButton } from "../forms/submit-button";
import { TextField } from "../forms/text-field";
import { useAddPasskey, usePasskeys, useRemovePasskey } from "./passkey-mutations";
import { usePersonDates } from "./use-person-dates";

const fieldTargets = { name: { id: "passkey-name", label: "Name for this passkey" } } as const;

/**
 * Passkeys in the settings: what they are in plain words, the person's passkeys (name, added,
 * last used) each with a remove button, and a form to add one on this device.
 */
export function PasskeysSection() {
  const dates = usePersonDates();
  const passkeys = usePasskeys();
  const add = useAddPasskey();
  const remove = useRemovePasskey();
  const [name, setName] = useState("This device");
  const problem = formProblemFrom(add.error ?? remove.error, Object.keys(fieldTargets));

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    remove.reset();
    add.mutate(name);
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading">Passkeys</h2>
      <p>
        A passkey lets you sign in with this phone&apos;s or computer&apos;s screen lock
        (fingerprint, face or PIN) instead of typing your password. Your password keeps working.
      </p>
      <ErrorSummary problem={problem} fieldTargets={fieldTargets} headingLevel={3} />
      {passkeys.data !== undefined && passkeys.data.length > 0 && (
        <ul className="passkey-list" aria-label="Your passkeys">
          {passkeys.data.map((passkey) => (
            <li key={passkey.id} className="passkey-list__item">
              <span className="passkey-list__name">{passkey.name}</span>
              <span className="passkey-list__dates">
                Added {dates.dateOf(passkey.createdAt)}
                {passkey.lastUsedAt === null
                  ? ", not used yet"
                  : `, last used ${dates.dateOf(passkey.lastUsedAt)}`}
              </span>
              <button
                type="button"
                className="button button--secondary"
                disabled={remove.isPending}
                onClick={() => {
                  add.reset();
                  remove.mutate(passkey.id);
                }}
              >
                Remove passkey {passkey.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {passkeys.data?.length === 0 && <p>You have no passkeys yet.</p>}
      <TextField
        id={fieldTargets.name.id}
        label={fieldTargets.name.label}
        hint="So you can tell them apart, e.g. “My phone”."
        autoComplete="off"
        value={name}
        onChange={setName}
        error={problem.fields["name"]}
      />
      <div className="form__actions">
        <SubmitButton isBusy={add.isPending} busyLabel="Waiting for your device…">
          Add a passkey
        </SubmitButton>
        <p className="form__status" role="status">
          {add.isSuccess ? `Passkey “${add.data.passkey.name}” added.` : ""}
        </p>
      </div>
    </form>
  );
}
