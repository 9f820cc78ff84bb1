import { painScoreFields, type PainEntry } from "@painplan/core";
import { useRef, useState, type SubmitEvent } from "react";
import { formProblemFrom } from "../forms/form-problem";
import { ScoreScale } from "../forms/score-scale";
import { SubmitButton } from "../forms/submit-button";
import { useLastPainEntry, useQuickLog } from "./diary-queries";
import { afterSuccess, attemptFor, type QuickLogAttempt } from "./quick-log-key";
import { StableDayButton } from "./stable-day-button";

const newKey = () => crypto.randomUUID();

type QuickLogProps = { userId: string; headingLevel: 2 | 3 };

function savedMessage(entry: PainEntry): string {
  const where = entry.regions.length > 0 ? " Where it hurts is copied from your last entry." : "";
  return `Saved: pain ${entry.intensityNow} out of 10 at ${entry.localTime}.${where}`;
}

/**
 * "Pain right now" in two taps: a number, then Save. Where it hurts is copied from the last
 * entry by the server. A calm confirmation is announced in a live region.
 */
export function QuickLog({ userId, headingLevel }: QuickLogProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const quickLog = useQuickLog(userId);
  const last = useLastPainEntry(userId);
  const [intensity, setIntensity] = useState<number | null>(null);
  const [confirmation, setConfirmation] = useState("");
  const [missingAnswer, setMissingAnswer] = useState(false);
  const attempt = useRef<QuickLogAttempt>(afterSuccess(newKey));
  const problem = formProblemFrom(quickLog.error, ["intensityNow"]);

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (quickLog.isPending) return;
    if (intensity === null) {
      setMissingAnswer(true);
      return;
    }
    setMissingAnswer(false);
    attempt.current = attemptFor(attempt.current, intensity, newKey);
    quickLog.mutate(
      { idempotencyKey: attempt.current.key, intensityNow: intensity },
      {
        onSuccess: (entry) => {
          attempt.current = afterSuccess(newKey);
          setIntensity(null);
          setConfirmation(savedMessage(entry));
        },
      },
    );
  }

  return (
    <section className="panel panel--calm quick-log" aria-labelledby="quick-log-heading">
      <Heading id="quick-log-heading">Log your pain now</Heading>
      <form noValidate onSubmit={submit} aria-labelledby="quick-log-heading">
        <ScoreScale
          id="quick-log-intensity"
          legend={painScoreFields.intensityNow.question}
          hint={painScoreFields.intensityNow.hint}
          value={intensity}
          onChange={(value) => {
            setIntensity(value);
            setConfirmation("");
          }}
          lowAnchor={painScoreFields.intensityNow.lowAnchor}
          highAnchor={painScoreFields.intensityNow.highAnchor}
          error={missingAnswer ? "Choose a number first." : problem.fields["intensityNow"]}
        />
        <div className="form__actions">
          <SubmitButton isBusy={quickLog.isPending} busyLabel="Saving…">
            Save pain now
          </SubmitButton>
          {last.data !== undefined && last.data !== null && (
            <StableDayButton userId={userId} last={last.data} onSaved={setConfirmation} />
          )}
        </div>
        {problem.summary !== undefined && (
          <p className="field__error" role="alert">
            {problem.summary}
          </p>
        )}
        <p className="quick-log__confirmation" role="status">
          {confirmation}
        </p>
      </form>
    </section>
  );
}
