import { useState, type SubmitEvent } from "react";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom } from "../forms/form-problem";
import { InputField } from "../forms/input-field";
import { RetryPanel } from "../ui/load-states";
import { usePracticeConsistency, useSetWeeklyTarget } from "./practice-queries";

/**
 * How the week is going in kind words (flare and pause days excused, never a streak), minutes
 * this week against the person's own target, and the target itself, changeable in place.
 */
export function WeeklySummary() {
  const consistency = usePracticeConsistency();
  const [isEditing, setIsEditing] = useState(false);
  return (
    <section className="practice-section" aria-labelledby="week-heading">
      <h2 id="week-heading">Your week</h2>
      {consistency.isError && (
        <RetryPanel
          what="your week"
          onRetry={() => {
            void consistency.refetch();
          }}
        />
      )}
      {consistency.data !== undefined && (
        <>
          <p>{consistency.data.summary}</p>
          <p>
            {consistency.data.minutesThisWeek} of {consistency.data.weeklyTarget.minutesPerWeek}{" "}
            minutes this week (your target: {consistency.data.weeklyTarget.minutesPerWeek} minutes
            on {consistency.data.weeklyTarget.daysPerWeek}{" "}
            {consistency.data.weeklyTarget.daysPerWeek === 1 ? "day" : "days"}).
          </p>
          {isEditing ? (
            <TargetForm
              minutesPerWeek={consistency.data.weeklyTarget.minutesPerWeek}
              daysPerWeek={consistency.data.weeklyTarget.daysPerWeek}
              onDone={() => {
                setIsEditing(false);
              }}
            />
          ) : (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setIsEditing(true);
              }}
            >
              Change my weekly target
            </button>
          )}
        </>
      )}
    </section>
  );
}

const targetFields = {
  minutesPerWeek: { id: "target-minutes", label: "Minutes a week" },
  daysPerWeek: { id: "target-days", label: "On how many days" },
};

function TargetForm(props: { minutesPerWeek: number; daysPerWeek: number; onDone: () => void }) {
  const [minutes, setMinutes] = useState(String(props.minutesPerWeek));
  const [days, setDays] = useState(String(props.daysPerWeek));
  const save = useSetWeeklyTarget();
  const problem = formProblemFrom(save.error, Object.keys(targetFields));

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate(
      { minutesPerWeek: Number(minutes), daysPerWeek: Number(days) },
      { onSuccess: props.onDone },
    );
  }
  return (
    <form className="target-form" onSubmit={submit} noValidate>
      <ErrorSummary problem={problem} fieldTargets={targetFields} headingLevel={3} />
      <InputField
        id="target-minutes"
        label="Minutes a week"
        inputMode="numeric"
        size="short"
        value={minutes}
        onChange={setMinutes}
        error={problem.fields["minutesPerWeek"]}
      />
      <InputField
        id="target-days"
        label="On how many days"
        hint="1 to 7"
        inputMode="numeric"
        size="short"
        value={days}
        onChange={setDays}
        error={problem.fields["daysPerWeek"]}
      />
      <div className="target-form__actions">
        <button type="submit" className="button button--primary" aria-disabled={save.isPending}>
          Save target
        </button>
        <button type="button" className="button button--quiet" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
