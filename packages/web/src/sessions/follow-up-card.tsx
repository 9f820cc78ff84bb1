import { followUpComparisons, type DueFollowUp, type FollowUpComparison } from "@painplan/core";
import { useState, type SubmitEvent } from "react";
import { usePersonDates } from "../accounts/use-person-dates";
import { ErrorSummary } from "../forms/error-summary";
import { formProblemFrom, noProblem, type FormProblem } from "../forms/form-problem";
import { OptionGroup } from "../forms/option-group";
import { ScoreScale } from "../forms/score-scale";
import { SubmitButton } from "../forms/submit-button";
import { comparisonWords } from "./session-draft";
import { useAnswerFollowUp, useDueFollowUps } from "./sessions-queries";

/**
 * Today's session check-ins: "how is your pain today compared with before the session?", pain
 * now and better / same / worse. Nothing shows when none is due (no nagging).
 */
export function FollowUpCards() {
  const due = useDueFollowUps();
  const followUps = due.data?.followUps ?? [];
  if (followUps.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading">After your sessions</h2>
      {followUps.map((followUp) => (
        <FollowUpForm key={`${followUp.sessionId}-${followUp.dueAfter}`} followUp={followUp} />
      ))}
    </section>
  );
}

function FollowUpForm({ followUp }: { followUp: DueFollowUp }) {
  const dates = usePersonDates();
  const answer = useAnswerFollowUp();
  const [painNow, setPainNow] = useState<number | null>(null);
  const [compared, setCompared] = useState<FollowUpComparison | null>(null);
  const [problem, setProblem] = useState<FormProblem>(noProblem);
  const id = `follow-up-${followUp.sessionId}-${followUp.dueAfter}`;
  const fieldTargets = {
    painNow: { id: `${id}-pain`, label: "How is your pain now?" },
    comparedWithBefore: { id: `${id}-compared`, label: "Compared with before the session" },
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (answer.isPending) return;
    if (painNow === null || compared === null) {
      setProblem({
        summary: undefined,
        fields: {
          ...(painNow === null ? { painNow: "Choose a number first." } : {}),
          ...(compared === null ? { comparedWithBefore: "Choose one." } : {}),
        },
      });
      return;
    }
    answer.mutate(
      {
        sessionId: followUp.sessionId,
        dueAfter: followUp.dueAfter,
        answer: { painNow, comparedWithBefore: compared },
      },
      {
        onError: (error) => {
          setProblem(formProblemFrom(error, Object.keys(fieldTargets)));
        },
      },
    );
  };
  const when = dates.dayName(followUp.localDate).toLowerCase();
  return (
    <form className="form follow-up" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {followUp.dueAfter === "24h" ? "The day after" : "Two days after"} {followUp.title},{" "}
        {when === "yesterday" || when === "today"
          ? when
          : `on ${dates.calendarDate(followUp.localDate)}`}
      </h3>
      <ErrorSummary problem={problem} fieldTargets={fieldTargets} headingLevel={4} />
      <ScoreScale
        id={`${id}-pain`}
        legend="How is your pain now?"
        hint={
          followUp.painBefore === null
            ? undefined
            : `Before the session it was ${followUp.painBefore}.`
        }
        value={painNow}
        onChange={setPainNow}
        lowAnchor="No pain"
        highAnchor="Worst pain imaginable"
        error={problem.fields["painNow"]}
      />
      <OptionGroup
        id={`${id}-compared`}
        legend="Compared with before the session"
        isSideBySide
        options={followUpComparisons.map((value) => ({ value, label: comparisonWords[value] }))}
        value={compared}
        onChange={setCompared}
        error={problem.fields["comparedWithBefore"]}
      />
      <div className="form__actions">
        <SubmitButton isBusy={answer.isPending} busyLabel="Saving…">
          Save answer
        </SubmitButton>
      </div>
    </form>
  );
}
