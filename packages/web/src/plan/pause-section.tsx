import { addCalendarDays, type Plan } from "@painplan/core";
import { useState, type SubmitEvent } from "react";
import { formProblemFrom } from "../forms/form-problem";
import { InputField } from "../forms/input-field";
import { SubmitButton } from "../forms/submit-button";
import { TextareaField } from "../forms/textarea-field";
import type { PersonDates } from "../ui/person-dates";
import { currentPause } from "./pause-state";
import { usePausePlan, useResumePlan } from "./plan-queries";
import { writeConflictWords } from "./write-conflict";

type PauseSectionProps = { plan: Plan; dates: PersonDates };

/**
 * A pause for a flare: sessions and reminders rest until the chosen day, nothing is deleted,
 * and one tap resumes. No guilt: rest is part of the plan.
 */
export function PauseSection({ plan, dates }: PauseSectionProps) {
  const now = currentPause(plan.pauses, dates.today);
  return (
    <section className="panel panel--calm" aria-labelledby="pause-heading">
      <h2 id="pause-heading">Pause for a flare</h2>
      {now === undefined ? (
        <PauseForm plan={plan} dates={dates} />
      ) : (
        <PausedNow plan={plan} dates={dates} pause={now.pause} isRunning={now.isRunning} />
      )}
    </section>
  );
}

type PausedNowProps = PauseSectionProps & {
  pause: Plan["pauses"][number];
  isRunning: boolean;
};

function PausedNow({ plan, dates, pause, isRunning }: PausedNowProps) {
  const resume = useResumePlan();
  const problem = formProblemFrom(resume.error, []);
  const until = dates.calendarDate(pause.until);
  return (
    <>
      <p>
        {isRunning
          ? `Your plan is resting until ${until}. Sessions and reminders wait; nothing is deleted.`
          : `A pause is set from ${dates.calendarDate(pause.from)} until ${until}.`}
      </p>
      {pause.reason !== "" && <p>Reason: {pause.reason}</p>}
      {problem.summary !== undefined && (
        <p className="field__error" role="alert">
          {writeConflictWords(resume.error) ?? problem.summary}
        </p>
      )}
      <button
        type="button"
        className="button button--primary"
        aria-disabled={resume.isPending ? true : undefined}
        onClick={() => {
          if (!resume.isPending) resume.mutate({ plan });
        }}
      >
        {resume.isPending ? "Resuming…" : isRunning ? "Resume my plan now" : "Cancel this pause"}
      </button>
    </>
  );
}

function PauseForm({ plan, dates }: PauseSectionProps) {
  const [until, setUntil] = useState(addCalendarDays(dates.today, 6));
  const [reason, setReason] = useState("");
  const pause = usePausePlan();
  const problem = formProblemFrom(pause.error, ["pause.until", "pause.reason", "pause.from"]);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pause.isPending) return;
    pause.mutate({ plan, from: dates.today, until, reason });
  };
  return (
    <form noValidate onSubmit={submit}>
      <p>Sessions and reminders rest from today until the day you choose. Nothing is deleted.</p>
      {problem.summary !== undefined && (
        <p className="field__error" role="alert">
          {writeConflictWords(pause.error) ?? problem.summary}
        </p>
      )}
      <InputField
        id="pause-until"
        label="Rest until (the last day of the pause)"
        type="date"
        size="short"
        value={until}
        onChange={setUntil}
        error={problem.fields["pause.until"]}
      />
      <TextareaField
        id="pause-reason"
        label="Reason (optional)"
        hint="For example “flare after a long walk”. Only you and those you share your plan with see it."
        value={reason}
        onChange={setReason}
        error={problem.fields["pause.reason"]}
        rows={2}
      />
      <SubmitButton isBusy={pause.isPending} busyLabel="Pausing…">
        Pause my plan
      </SubmitButton>
    </form>
  );
}
