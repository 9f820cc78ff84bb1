import { diaryLimits, painScoreFields } from "@painplan/core";
import { useState, type SubmitEvent } from "react";
import { ApiError } from "../api/api-error";
import { BodyMap } from "../body-map/body-map";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { ScoreScale } from "../forms/score-scale";
import { SubmitButton } from "../forms/submit-button";
import { TextareaField } from "../forms/textarea-field";
import { useJsonDraft } from "../forms/use-json-draft";
import { WallTimeField } from "../forms/wall-time-field";
import {
  entryFormValuesSchema,
  entryProblems,
  regionQuestion,
  wallTimeOccurrencePath,
  withAreaNumbers,
  type EntryFormValues,
} from "./entry-form-values";
import { entryFieldTargets, entryMapIdPrefix, entryTimeId } from "./entry-field-targets";
import { EntryScores } from "./entry-scores";
import { TagField } from "./tag-field";

type PainEntryFormProps = {
  draftKey: string;
  baseline: () => EntryFormValues;
  timeZone: string;
  earlierTriggers: readonly string[];
  earlierHelpers: readonly string[];
  submitLabel: string;
  isSaving: boolean;
  saveError: unknown;
  /**
   * Called with checked values; `forgetDraft` is for after the save succeeds. A new entry is
   * created with `idempotencyKeyFor(fields)`: kept with the draft, so a save sent again after a
   * reload is recognised as the same entry.
   */
  onSave: (
    values: EntryFormValues,
    forgetDraft: () => void,
    idempotencyKeyFor: (fields: unknown) => string,
  ) => void;
};

function parseDraft(stored: unknown) {
  const parsed = entryFormValuesSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/** A full diary entry; only "pain right now" is required. Used to add and to edit. */
export function PainEntryForm(props: PainEntryFormProps) {
  const { draftKey, baseline, timeZone, submitLabel, isSaving, saveError, onSave } = props;
  const draft = useJsonDraft(draftKey, baseline, parseDraft);
  const values = draft.value;
  const [clientError, setClientError] = useState<ApiError | null>(null);
  const targets = entryFieldTargets(values);
  const problem = formProblemFrom(clientError ?? saveError, Object.keys(targets));
  const hasProblem = problem.summary !== undefined || Object.keys(problem.fields).length > 0;
  const set = <K extends keyof EntryFormValues>(field: K, value: EntryFormValues[K]) => {
    draft.setValue((previous) => withAreaNumbers(previous, { ...previous, [field]: value }));
  };
  const regionErrors = Object.fromEntries(
    values.regions.flatMap((mark, index) => {
      const message = problem.fields[`regions.${index}.intensity`];
      return message === undefined ? [] : [[mark.regionId, message]];
    }),
  );

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSaving) return;
    const problems = entryProblems(values, timeZone);
    if (problems.length > 0) {
      setClientError(new ApiError(400, "validation_failed", "Check.", { fieldErrors: problems }));
      return;
    }
    setClientError(null);
    onSave(
      values,
      () => {
        draft.discard(values);
      },
      draft.idempotencyKeyFor,
    );
  }

  return (
    <form className="form form--wide" noValidate onSubmit={submit} aria-label="Diary entry">
      <ErrorSummary problem={problem} fieldTargets={targets} />
      <WallTimeField
        id={entryTimeId}
        label="Date and time"
        hint={`Now, unless you change it. Times are in your time zone, ${timeZone}.`}
        timeZone={timeZone}
        value={{ wallTime: values.wallTime, occurrence: values.wallTimeOccurrence }}
        onChange={({ wallTime, occurrence }) => {
          draft.setValue((previous) => ({
            ...previous,
            wallTime,
            wallTimeOccurrence: occurrence,
          }));
        }}
        error={problem.fields["recordedAt"]}
        occurrenceError={problem.fields[wallTimeOccurrencePath]}
      />
      <ScoreScale
        id="entry-intensity-now"
        legend={painScoreFields.intensityNow.question}
        hint={painScoreFields.intensityNow.hint}
        value={values.intensityNow}
        onChange={(value) => {
          set("intensityNow", value);
        }}
        lowAnchor={painScoreFields.intensityNow.lowAnchor}
        highAnchor={painScoreFields.intensityNow.highAnchor}
        error={problem.fields["intensityNow"]}
      />
      <EntryScores values={values} fields={problem.fields} onChange={set} />
      <BodyMap
        idPrefix={entryMapIdPrefix}
        heading="Where it hurts"
        hint="Starts from where it hurt in your last entry, if there is one. Tap the body or use the list to change it. Areas you add take your pain right now; change it for all of them or for each."
        intensityQuestion={regionQuestion}
        headingLevel={2}
        value={values.regions}
        onChange={(regions) => {
          set(
            "regions",
            regions.map((mark) => ({ ...mark, qualities: [...mark.qualities] })),
          );
        }}
        errors={regionErrors}
      />
      <TextareaField
        id="entry-activity"
        label="What you did today (optional)"
        hint="What the pain let you do, or stopped you doing. For example: walked 20 minutes."
        value={values.activityNote}
        onChange={(activityNote) => {
          set("activityNote", activityNote);
        }}
        error={problem.fields["activityNote"]}
        maxLength={diaryLimits.activityNoteMaxLength}
      />
      <TagField
        id="entry-triggers"
        legend="What seemed to make it worse (optional)"
        hint="Short words you can reuse, such as “cold weather”."
        tags={values.triggers}
        earlierTags={props.earlierTriggers}
        onChange={(triggers) => {
          set("triggers", triggers);
        }}
        error={problem.fields["triggers"]}
      />
      <TagField
        id="entry-helpers"
        legend="What seemed to help (optional)"
        hint="Such as “rest”, “warm socks” or “a short walk”."
        tags={values.helpers}
        earlierTags={props.earlierHelpers}
        onChange={(helpers) => {
          set("helpers", helpers);
        }}
        error={problem.fields["helpers"]}
      />
      <TextareaField
        id="entry-notes"
        label="Notes (optional)"
        value={values.notes}
        onChange={(notes) => {
          set("notes", notes);
        }}
        error={problem.fields["notes"]}
        maxLength={diaryLimits.notesMaxLength}
      />
      <div className="form__actions">
        <SubmitButton isBusy={isSaving} busyLabel="Saving…">
          {submitLabel}
        </SubmitButton>
        <p className="form__status" role="status">
          {/* After a failed save the error summary says what happened; no second message here. */}
          {draft.hasDraft && !isSaving && !hasProblem
            ? "Your answers are kept on this device until you save."
            : ""}
        </p>
      </div>
    </form>
  );
}
