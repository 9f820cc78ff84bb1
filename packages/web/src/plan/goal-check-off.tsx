import type { Goal, GoalRecord } from "@painplan/core";
import { useState, type SubmitEvent } from "react";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom, type FormProblem } from "../forms/form-problem";
import { InputField } from "../forms/input-field";
import { SubmitButton } from "../forms/submit-button";
import type { PersonDates } from "../ui/person-dates";
import { amountWords, goalCheckAmount } from "./goal-check-amount";
import { useGoalChecks, useRecordGoalCheck, useRemoveGoalCheck } from "./goal-check-queries";

type FunctionGoal = Extract<Goal, { kind: "function" }>;

/** Check-offs shown on the card: the latest few days. */
const shownChecks = 5;

/**
 * A function goal checked off (issue 11): one tap records the target amount for today ("I did
 * it: 20 minutes"), a small form records another amount or another day, and the latest days
 * are listed with a way to remove one. Days are the person's own (`usePersonDates()`); the
 * server decides "today" in their zone.
 */
export function GoalCheckOff({ record, dates }: { record: GoalRecord; dates: PersonDates }) {
  if (record.goal.kind !== "function") return null;
  return <FunctionGoalCheckOff goalId={record.id} goal={record.goal} dates={dates} />;
}

type CheckOffProps = { goalId: string; goal: FunctionGoal; dates: PersonDates };

/** Which control saved last, and what it said: one "saved" message at a time. */
type Saved = { by: "tap" | "form"; text: string };

function FunctionGoalCheckOff({ goalId, goal, dates }: CheckOffProps) {
  const record = useRecordGoalCheck(goalId);
  const [saved, setSaved] = useState<Saved | undefined>(undefined);
  const target = amountWords(goal.target, goal.unit);
  const isRunning = goal.startDate <= dates.today;
  const tap = () => {
    if (record.isPending) return;
    setSaved(undefined);
    record.mutate(
      { value: goal.target },
      {
        onSuccess: ({ check }) => {
          setSaved({
            by: "tap",
            text: `Saved for ${dates.dayName(check.localDate).toLowerCase()}: ${target}.`,
          });
        },
      },
    );
  };
  const tapProblem = formProblemFrom(record.error, []);
  return (
    <div>
      {isRunning ? (
        <>
          <p>
            <button
              type="button"
              className="button button--primary"
              onClick={tap}
              aria-busy={record.isPending}
            >
              I did it: {target}
            </button>
          </p>
          <p role="status">{saved?.by === "tap" ? saved.text : ""}</p>
          {tapProblem.summary !== undefined && <p role="alert">{tapProblem.summary}</p>}
          <OtherAmountForm
            goalId={goalId}
            goal={goal}
            dates={dates}
            saved={saved?.by === "form" ? saved.text : ""}
            onSaved={(text) => {
              setSaved(text === "" ? undefined : { by: "form", text });
            }}
          />
          <RecentChecks goalId={goalId} goal={goal} dates={dates} />
        </>
      ) : (
        <p>You can check this goal off from {dates.calendarDate(goal.startDate)}.</p>
      )}
    </div>
  );
}

type OtherAmountProps = CheckOffProps & {
  /** The form's last "saved" message ("" when the tap saved last). */
  saved: string;
  onSaved: (text: string) => void;
};

function OtherAmountForm({ goalId, goal, dates, saved, onSaved }: OtherAmountProps) {
  const record = useRecordGoalCheck(goalId);
  const [amount, setAmount] = useState("");
  const [day, setDay] = useState(dates.today);
  const [checked, setChecked] = useState<FormProblem | undefined>(undefined);
  const ids = { value: `goal-check-${goalId}-value`, localDate: `goal-check-${goalId}-day` };
  const fieldTargets = {
    value: { id: ids.value, label: "Amount" },
    localDate: { id: ids.localDate, label: "Day" },
  } as const;
  const problem = checked ?? formProblemFrom(record.error, Object.keys(fieldTargets));
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    const parsed = goalCheckAmount(amount);
    const fields: Record<string, string> = {};
    if ("error" in parsed) fields["value"] = parsed.error;
    if (day === "") fields["localDate"] = "Choose a day.";
    else if (day > dates.today) fields["localDate"] = "Choose today or an earlier day.";
    else if (day < goal.startDate) {
      fields["localDate"] = `This goal starts on ${dates.calendarDate(goal.startDate)}.`;
    }
    const local = Object.keys(fields).length > 0 ? { summary: undefined, fields } : undefined;
    setChecked(local);
    if (local !== undefined || "error" in parsed) return;
    onSaved("");
    record.mutate(
      { value: parsed.value, localDate: day },
      {
        onSuccess: ({ check }) => {
          onSaved(
            `Saved for ${dates.dayName(check.localDate).toLowerCase()}: ${amountWords(check.value, goal.unit)}.`,
          );
          setAmount("");
        },
      },
    );
  };
  return (
    <details className="plan-more">
      <summary className="plan-more__summary">Record another amount</summary>
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary problem={problem} fieldTargets={fieldTargets} headingLevel={3} />
        <InputField
          id={ids.value}
          label={`Amount (${goal.unit})`}
          inputMode="decimal"
          size="short"
          value={amount}
          onChange={setAmount}
          error={problem.fields["value"]}
        />
        <InputField
          id={ids.localDate}
          label="Day"
          hint="Today, or an earlier day you forgot. A second amount for a day replaces the first."
          type="date"
          size="short"
          value={day}
          onChange={setDay}
          error={problem.fields["localDate"]}
        />
        <div className="form__actions">
          <SubmitButton isBusy={record.isPending} busyLabel="Saving…">
            Save the amount
          </SubmitButton>
          <p className="form__status" role="status">
            {saved}
          </p>
        </div>
      </form>
    </details>
  );
}

function RecentChecks({ goalId, goal, dates }: CheckOffProps) {
  const checks = useGoalChecks(goalId);
  const remove = useRemoveGoalCheck(goalId);
  const list = checks.data?.checks.slice(0, shownChecks) ?? [];
  if (list.length === 0) return null;
  return (
    <>
      <p id={`goal-checks-${goalId}`}>Latest days</p>
      <ul aria-labelledby={`goal-checks-${goalId}`} className="plan-item__instructions">
        {list.map((check) => {
          const day = dates.dayName(check.localDate);
          return (
            <li key={check.localDate}>
              {day}: {amountWords(check.value, goal.unit)}{" "}
              <button
                type="button"
                className="button button--secondary"
                disabled={remove.isPending}
                onClick={() => {
                  remove.mutate(check.localDate);
                }}
              >
                Remove<span className="visually-hidden"> {day}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
