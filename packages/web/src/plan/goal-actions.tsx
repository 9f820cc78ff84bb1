import { goalSchema, type GoalRecord } from "@painplan/core";
import { useState, type SubmitEvent } from "react";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom, type FormProblem } from "../forms/form-problem";
import { InputField } from "../forms/input-field";
import { SubmitButton } from "../forms/submit-button";
import { ConfirmAction } from "../ui/confirm-action";
import type { PersonDates } from "../ui/person-dates";
import { goalDraftOf } from "./edit-goal-draft";
import { goalOf, goalWords, type GoalDraft } from "./goal-draft";
import { useDeleteGoal, useUpdateGoal } from "./plan-queries";

type GoalActionsProps = { record: GoalRecord; dates: PersonDates };

/** The number fields of each kind of goal: the draft's key, the field's label and hint. */
const numberFields: Record<
  GoalDraft["kind"],
  readonly { key: keyof GoalDraft; label: string; numeric: boolean }[]
> = {
  "pain-reduction": [{ key: "targetPercent", label: "Percent less pain", numeric: true }],
  peg: [{ key: "targetScore", label: "PEG score to reach (0–10)", numeric: true }],
  function: [
    { key: "text", label: "What you want to do", numeric: false },
    { key: "target", label: "How much", numeric: true },
    { key: "unit", label: "Unit", numeric: false },
  ],
  "practice-minutes": [{ key: "minutesPerWeek", label: "Minutes a week", numeric: true }],
  "sessions-attended": [{ key: "sessions", label: "Number of sessions", numeric: true }],
};

/** The form's fields in form order (server paths → input id and label), for one goal. */
function fieldTargetsOf(record: GoalRecord): Record<string, { id: string; label: string }> {
  const targets: Record<string, { id: string; label: string }> = {};
  for (const field of numberFields[record.goal.kind]) {
    targets[`goal.${field.key}`] = { id: `goal-${record.id}-${field.key}`, label: field.label };
  }
  targets["goal.startDate"] = { id: `goal-${record.id}-start`, label: "Starts" };
  targets["goal.targetDate"] = { id: `goal-${record.id}-target-date`, label: "Reach it by" };
  return targets;
}

/** Field problems found by core's schema before sending (the same schema the server uses). */
function localProblem(draft: GoalDraft): FormProblem | undefined {
  const result = goalSchema.safeParse(goalOf(draft));
  if (result.success) return undefined;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    fields[`goal.${issue.path.map(String).join(".")}`] ??= issue.message;
  }
  return { summary: undefined, fields };
}

/**
 * Change or delete one goal, under its card: "Change this goal" opens a short form (the kind
 * stays; its numbers and dates change), "Delete" asks once.
 */
export function GoalActions({ record, dates }: GoalActionsProps) {
  const name = goalWords(record.goal, dates.calendarDate);
  return (
    <>
      <details className="plan-more">
        <summary className="plan-more__summary">
          Change this goal<span className="visually-hidden">: {name}</span>
        </summary>
        <GoalEditForm record={record} />
      </details>
      <div className="plan-links">
        <DeleteGoalButton record={record} name={name} />
      </div>
    </>
  );
}

function GoalEditForm({ record }: { record: GoalRecord }) {
  const [draft, setDraft] = useState(() => goalDraftOf(record.goal));
  const [checked, setChecked] = useState<FormProblem | undefined>(undefined);
  const [saved, setSaved] = useState("");
  const update = useUpdateGoal();
  const targets = fieldTargetsOf(record);
  const problem = checked ?? formProblemFrom(update.error, Object.keys(targets));
  const set = (key: keyof GoalDraft) => (value: string) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const local = localProblem(draft);
    setChecked(local);
    if (local !== undefined) return;
    setSaved("");
    update.mutate(
      { goalId: record.id, goal: goalOf(draft) },
      {
        onSuccess: () => {
          setSaved("The goal is changed.");
        },
      },
    );
  };
  return (
    <form className="form" noValidate onSubmit={submit}>
      <ErrorSummary problem={problem} fieldTargets={targets} headingLevel={3} />
      {numberFields[record.goal.kind].map((field) => (
        <InputField
          key={field.key}
          id={`goal-${record.id}-${field.key}`}
          label={field.label}
          inputMode={field.numeric ? "decimal" : undefined}
          size={field.key === "text" ? "full" : "short"}
          value={draft[field.key]}
          onChange={set(field.key)}
          error={problem.fields[`goal.${field.key}`]}
        />
      ))}
      <InputField
        id={`goal-${record.id}-start`}
        label="Starts"
        type="date"
        size="short"
        value={draft.startDate}
        onChange={set("startDate")}
        error={problem.fields["goal.startDate"]}
      />
      <InputField
        id={`goal-${record.id}-target-date`}
        label="Reach it by"
        type="date"
        size="short"
        value={draft.targetDate}
        onChange={set("targetDate")}
        error={problem.fields["goal.targetDate"]}
      />
      <div className="form__actions">
        <SubmitButton isBusy={update.isPending} busyLabel="Saving…">
          Save the change
        </SubmitButton>
        <p className="form__status" role="status">
          {saved}
        </p>
      </div>
    </form>
  );
}

/** Deleting asks once, in place (the shared confirm step, as for diary entries and sessions). */
function DeleteGoalButton({ record, name }: { record: GoalRecord; name: string }) {
  const remove = useDeleteGoal();
  return (
    <ConfirmAction
      label="Delete"
      hiddenDetail={` the goal: ${name}`}
      groupLabel={`Confirm deleting the goal: ${name}`}
      question="Delete this goal? Its progress is no longer shown."
      confirmLabel="Yes, delete it"
      busyLabel="Deleting…"
      isBusy={remove.isPending}
      problem={formProblemFrom(remove.error, []).summary}
      onConfirm={() => {
        remove.mutate({ goalId: record.id });
      }}
    />
  );
}
