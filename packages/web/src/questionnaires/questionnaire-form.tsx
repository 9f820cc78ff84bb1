import { crisisItemRaised, type Answers, type InstrumentDefinition } from "@painplan/core";
import { Fragment, useState, type SubmitEvent } from "react";
import { useNavigate } from "react-router";
import { OwnerCrisisPanel } from "../accounts/owner-crisis-panel";
import { ApiError } from "../api/api-error";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { SubmitButton } from "../forms/submit-button";
import { useJsonDraft } from "../forms/use-json-draft";
import { ItemAnswer, itemFieldId } from "./item-answer";
import { patientAnswers } from "./patient-answers";
import { useSubmitQuestionnaire } from "./questionnaire-queries";

type QuestionnaireFormProps = { userId: string; definition: InstrumentDefinition };

function parseAnswers(stored: unknown): Answers | undefined {
  if (typeof stored !== "object" || stored === null) return undefined;
  const entries = Object.entries(stored).filter(
    (entry): entry is [string, number] => typeof entry[1] === "number",
  );
  return Object.fromEntries(entries);
}

/**
 * The self-report questions of one instrument; every one needs an answer. A clinician's
 * examination items (DN4) are not shown and never sent: the 7-item interview is the person's form.
 */
export function QuestionnaireForm({ userId, definition }: QuestionnaireFormProps) {
  const items = definition.items.filter((item) => item.part === "self-report");
  const draft = useJsonDraft<Answers>(
    `questionnaire:${definition.id}:${userId}`,
    () => ({}),
    parseAnswers,
  );
  const submitResponse = useSubmitQuestionnaire(userId);
  const navigate = useNavigate();
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const targets = Object.fromEntries(
    items.map((item, index) => [
      `answers.${item.linkId}`,
      { id: itemFieldId(item.linkId), label: `Question ${index + 1}` },
    ]),
  );
  const problem = formProblemFrom(clientError ?? submitResponse.error, Object.keys(targets));

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitResponse.isPending) return;
    const missing = items
      .filter((item) => draft.value[item.linkId] === undefined)
      .map((item) => ({ path: `answers.${item.linkId}`, message: "Please choose an answer." }));
    if (missing.length > 0) {
      setClientError(new ApiError(400, "validation_failed", "Answer.", { fieldErrors: missing }));
      return;
    }
    setClientError(null);
    const fields = {
      instrumentId: definition.id,
      answers: patientAnswers(definition, draft.value),
    };
    // Kept with the draft: the same answers sent again, even after a reload, are not saved twice.
    submitResponse.mutate(
      { ...fields, idempotencyKey: draft.idempotencyKeyFor(fields) },
      {
        onSuccess: (response) => {
          draft.discard({});
          void navigate(`/questionnaires/results/${response.id}`);
        },
      },
    );
  }

  return (
    <form className="form form--wide" noValidate onSubmit={submit} aria-label={definition.title}>
      <ErrorSummary problem={problem} fieldTargets={targets} />
      {items.map((item, index) => (
        <Fragment key={item.linkId}>
          <ItemAnswer
            item={item}
            number={index + 1}
            value={draft.value[item.linkId] ?? null}
            onChange={(value) => {
              draft.setValue((answers) => ({ ...answers, [item.linkId]: value }));
            }}
            error={problem.fields[`answers.${item.linkId}`]}
          />
          {/* PHQ-9 item 9 above "not at all": help at once, where the answer was given. */}
          {item.linkId === definition.crisisItem?.linkId &&
            crisisItemRaised(definition, draft.value) && (
              <div role="alert">
                <OwnerCrisisPanel isEmphasised />
              </div>
            )}
        </Fragment>
      ))}
      <div className="form__actions">
        <SubmitButton isBusy={submitResponse.isPending} busyLabel="Saving…">
          See my result
        </SubmitButton>
      </div>
    </form>
  );
}
