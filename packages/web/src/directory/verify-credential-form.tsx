import type { VerificationOutcome } from "@painplan/core";
import type { SubmitEvent } from "react";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { OptionGroup } from "../forms/option-group";
import { SubmitButton } from "../forms/submit-button";
import { TextareaField } from "../forms/textarea-field";
import { useTabDraft } from "../forms/use-tab-draft";
import { useVerifyCredential } from "./verification-queries";
import type { QueueEntryView } from "./verification-queue-view";

/** Most characters of evidence the contract accepts (`verifyBodySchema`). */
const evidenceMaxLength = 1000;

const outcomeOptions = [
  { value: "confirmed", label: "Confirmed" },
  { value: "not-confirmed", label: "Could not confirm it" },
] as const;

type VerifyCredentialFormProps = {
  practitionerId: string;
  entry: QueueEntryView;
  /** Called after the server recorded it (the entry then leaves the queue and this form). */
  onVerified: (outcome: VerificationOutcome) => void;
};

function outcomeOf(value: string): VerificationOutcome {
  return value === "not-confirmed" ? "not-confirmed" : "confirmed";
}

/**
 * Verify one licence or certificate: the outcome and the evidence looked at (required). A refusal
 * shows beside the field it is about and in the error summary (which takes the focus and links
 * to the field), and what was typed is kept (also across a reload: a draft).
 */
export function VerifyCredentialForm({
  practitionerId,
  entry,
  onVerified,
}: VerifyCredentialFormProps) {
  const verify = useVerifyCredential(practitionerId);
  const draft = useTabDraft(`verify-${entry.subjectId}`, { outcome: "confirmed", evidence: "" });
  const id = `verify-${entry.subjectId}`;
  const fieldTargets = {
    outcome: { id: `${id}-outcome`, label: "What did you find?" },
    evidence: { id: `${id}-evidence`, label: "Evidence" },
  };
  const problem = formProblemFrom(verify.error, Object.keys(fieldTargets));
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (verify.isPending) return;
    const outcome = outcomeOf(draft.values.outcome);
    verify.mutate(
      {
        subject: entry.subject,
        subjectId: entry.subjectId,
        outcome,
        evidence: draft.values.evidence,
      },
      {
        onSuccess: () => {
          draft.discard();
          onVerified(outcome);
        },
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={`Verify ${entry.title}`}>
      <ErrorSummary problem={problem} fieldTargets={fieldTargets} headingLevel={4} />
      <OptionGroup
        id={`${id}-outcome`}
        legend="What did you find?"
        options={outcomeOptions}
        isSideBySide
        value={outcomeOf(draft.values.outcome)}
        onChange={(value) => {
          draft.setField("outcome", value);
        }}
        error={problem.fields["outcome"]}
      />
      <TextareaField
        id={`${id}-evidence`}
        label="Evidence"
        hint="What you looked at: the licensing board's look-up (with its date), a copy of the certificate, a phone call."
        value={draft.values.evidence}
        onChange={(value) => {
          draft.setField("evidence", value);
        }}
        maxLength={evidenceMaxLength}
        error={problem.fields["evidence"]}
      />
      <div className="form__actions">
        <SubmitButton isBusy={verify.isPending} busyLabel="Saving…">
          Save this check
        </SubmitButton>
      </div>
    </form>
  );
}
