import { goalSchema, type GoalKind } from "@painplan/core";
import { useRef, useState, type SubmitEvent } from "react";
import { attemptFor, freshAttempt } from "../forms/send-attempt";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom, type FormProblem } from "../forms/form-problem";
import { InputField } from "../forms/input-field";
import { OptionGroup } from "../forms/option-group";
import { SubmitButton } from "../forms/submit-button";
import type { PersonDates } from "../ui/person-dates";
import { blankGoal, goalOf, type GoalDraft } from "./goal-draft";
import { useCreateGoal } from "./plan-queries";

const kindOptions: readonly { value: GoalKind; label: string }[] = [
  { value: "pain-reduction", label: "Less pain (percent down from my usual)" },
  { value: "peg", label: "A lower PEG score (pain and how it gets in the way)" },
  { value: "function", label: "Do something (for example walk 20 minutes)" },
  { value: "practice-minutes", label: "Practise a number of minutes each week" },
  { value: "sessions-attended", label: "Go to a number of sessions" },
];

const fieldTargets = {
  "goal.targetPercent": { id: "goal-percent", label: "Percent" },
  "goal.targetScore": { id: "goal-score", label: "PEG score" },
  "goal.text": { id: "goal-text", label: "What you want to do" },
  "goal.target": { id: "goal-target", label: "Amount" },
  "goal.unit": { id: "goal-unit", label: "Unit" },
  "goal.minutesPerWeek": { id: "goal-minutes", label: "Minutes a week" },
  "goal.sessions": { id: "goal-sessions", label: "Sessions" },
  "goal.startDate": { id: "goal-start", label: "Starts" },
  "goal.targetDate": { id: "goal-target-date", label: "Reach it by" },
} as const;

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

const newKey = () => crypto.randomUUID();

/** A new goal in a few taps: a kind, one number (filled in), and the dates (12 weeks). */
export function GoalForm({ dates }: { dates: PersonDates }) {
  const [draft, setDraft] = useState(() => blankGoal(dates.today));
  const [checked, setChecked] = useState<FormProblem | undefined>(undefined);
  const [saved, setSaved] = useState("");
  const create = useCreateGoal();
  // One key per goal, kept while the same goal is sent again (see forms/send-attempt.ts).
  const attempt = useRef(freshAttempt(newKey));
  const problem = checked ?? formProblemFrom(create.error, Object.keys(fieldTargets));
  const set = (change: Partial<GoalDraft>) => {
    setDraft((previous) => ({ ...previous, ...change }));
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const local = localProblem(draft);
    setChecked(local);
    if (local !== undefined) return;
    setSaved("");
    const goal = goalOf(draft);
    attempt.current = attemptFor(attempt.current, goal, newKey);
    create.mutate(
      { idempotencyKey: attempt.current.key, goal },
      {
        onSuccess: () => {
          attempt.current = freshAttempt(newKey);
          setSaved("The goal is saved.");
          setDraft(blankGoal(dates.today));
        },
      },
    );
  };
  return (
    <section aria-labelledby="new-goal-heading">
      <h2 id="new-goal-heading">Set a goal</h2>
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary problem={problem} fieldTargets={fieldTargets} headingLevel={3} />
        <OptionGroup
          id="goal-kind"
          legend="What kind of goal?"
          options={kindOptions}
          value={draft.kind}
          onChange={(kind) => {
            set({ kind });
          }}
        />
        <GoalNumbers draft={draft} set={set} problem={problem} />
        <InputField
          id="goal-start"
          label="Starts"
          type="date"
          size="short"
          value={draft.startDate}
          onChange={(startDate) => {
            set({ startDate });
          }}
          error={problem.fields["goal.startDate"]}
        />
        <InputField
          id="goal-target-date"
          label="Reach it by"
          hint="12 weeks is a common time to look again."
          type="date"
          size="short"
          value={draft.targetDate}
          onChange={(targetDate) => {
            set({ targetDate });
          }}
          error={problem.fields["goal.targetDate"]}
        />
        <div className="form__actions">
          <SubmitButton isBusy={create.isPending} busyLabel="Saving…">
            Save the goal
          </SubmitButton>
          <p className="form__status" role="status">
            {saved}
          </p>
        </div>
      </form>
    </section>
  );
}

type GoalNumbersProps = {
  draft: GoalDraft;
  set: (change: Partial<GoalDraft>) => void;
  problem: FormProblem;
};

function GoalNumbers({ draft, set, problem }: GoalNumbersProps) {
  const number = (id: string, label: string, key: keyof GoalDraft, hint?: string) => (
    <InputField
      id={id}
      label={label}
      hint={hint}
      inputMode="decimal"
      size="short"
      value={draft[key]}
      onChange={(value) => {
        set({ [key]: value });
      }}
      error={problem.fields[`goal.${key}`]}
    />
  );
  switch (draft.kind) {
    case "pain-reduction":
      return number(
        "goal-percent",
        "Percent less pain",
        "targetPercent",
        "Compared with your average in the 7 days before the start. 30 % is a change most people notice; 50 % is a large one.",
      );
    case "peg":
      return number("goal-score", "PEG score to reach (0–10)", "targetScore");
    case "function":
      return (
        <>
          <InputField
            id="goal-text"
            label="What you want to do"
            hint="For example “walk”, “sleep through the night”."
            value={draft.text}
            onChange={(text) => {
              set({ text });
            }}
            error={problem.fields["goal.text"]}
          />
          {number("goal-target", "How much", "target")}
          <InputField
            id="goal-unit"
            label="Unit"
            hint="For example minutes, nights, steps."
            size="short"
            value={draft.unit}
            onChange={(unit) => {
              set({ unit });
            }}
            error={problem.fields["goal.unit"]}
          />
        </>
      );
    case "practice-minutes":
      return number("goal-minutes", "Minutes a week", "minutesPerWeek");
    case "sessions-attended":
      return number("goal-sessions", "Number of sessions", "sessions");
  }
}
