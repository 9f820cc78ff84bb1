import { painScoreFields, type PainEntry } from "@painplan/core";
import { useEffect, useRef, useState, type SubmitEvent } from "react";
import { formProblemFrom } from "../forms/form-problem";
import { ScoreScale } from "../forms/score-scale";
import { SubmitButton } from "../forms/submit-button";
import { useDeletePainEntry, useLastPainEntry, useQuickLog } from "./diary-queries";
import { afterSuccess, attemptFor, type QuickLogAttempt } from "./quick-log-key";
import { StableDayButton } from "./stable-day-button";

const newKey = () => crypto.randomUUID();

type QuickLogProps = { userId: string; headingLevel: 2 | 3 };

/** What the quick log last said: a save (which can be undone) or an undo. */
type Outcome =
  | { kind: "none" }
  | { kind: "saved"; message: string; entry: PainEntry }
  | { kind: "undone"; message: string };

function savedMessage(entry: PainEntry): string {
  const where = entry.regions.length > 0 ? " Where it hurts is copied from your last entry." : "";
  return `Saved: pain ${entry.intensityNow} out of 10 at ${entry.localTime}.${where}`;
}

/**
 * "Pain right now" in two taps: a number, then Save. Where it hurts is copied from the last
 * entry by the server. A calm confirmation is announced in a live region, sits right under
 * Save (inside one phone screen, and scrolled into view if a small screen needs it) and offers
 * Undo, which deletes the entry just made through the diary's delete route (its history is
 * kept, as for any deleted entry).
 */
export function QuickLog({ userId, headingLevel }: QuickLogProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const quickLog = useQuickLog(userId);
  const undo = useDeletePainEntry(userId);
  const last = useLastPainEntry(userId);
  const [intensity, setIntensity] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: "none" });
  const [missingAnswer, setMissingAnswer] = useState(false);
  const attempt = useRef<QuickLogAttempt>(afterSuccess(newKey));
  const confirmationRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const problem = formProblemFrom(quickLog.error, ["intensityNow"]);
  const undoProblem = formProblemFrom(undo.error, []);

  useEffect(() => {
    // "nearest": nothing moves when the confirmation is already on screen (the usual case).
    if (outcome.kind === "saved") confirmationRef.current?.scrollIntoView({ block: "nearest" });
    // The Undo button is gone: focus stays in the quick log, on what it now says.
    if (outcome.kind === "undone") statusRef.current?.focus();
  }, [outcome]);

  function saved(message: string, entry: PainEntry) {
    undo.reset();
    setOutcome({ kind: "saved", message, entry });
  }

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
          saved(savedMessage(entry), entry);
        },
      },
    );
  }

  function undoLast(entry: PainEntry) {
    if (undo.isPending) return;
    undo.mutate(entry.id, {
      onSuccess: () => {
        setOutcome({
          kind: "undone",
          message: `Undone: the entry from ${entry.localTime} is no longer in your diary.`,
        });
      },
    });
  }

  return (
    <section className="panel panel--calm quick-log" aria-labelledby="quick-log-heading">
      <Heading id="quick-log-heading">Log your pain now</Heading>
      <form noValidate onSubmit={submit} aria-labelledby="quick-log-heading">
        {/* No hint: the anchors under the numbers already say what 0 and 10 mean (say it once). */}
        <ScoreScale
          id="quick-log-intensity"
          legend={painScoreFields.intensityNow.question}
          value={intensity}
          onChange={(value) => {
            setIntensity(value);
            setMissingAnswer(false);
            setOutcome({ kind: "none" });
          }}
          lowAnchor={painScoreFields.intensityNow.lowAnchor}
          highAnchor={painScoreFields.intensityNow.highAnchor}
          error={missingAnswer ? "Choose a number first." : problem.fields["intensityNow"]}
          reserveErrorSpace
        />
        <div className="form__actions">
          <SubmitButton isBusy={quickLog.isPending} busyLabel="Saving…">
            Save pain now
          </SubmitButton>
          {last.data !== undefined && last.data !== null && (
            <StableDayButton userId={userId} last={last.data} onSaved={saved} />
          )}
        </div>
        {problem.summary !== undefined && (
          <p className="field__error" role="alert">
            {problem.summary}
          </p>
        )}
        <div className="quick-log__done" ref={confirmationRef}>
          <p className="quick-log__confirmation" role="status" ref={statusRef} tabIndex={-1}>
            {outcome.kind === "none" ? "" : outcome.message}
          </p>
          {outcome.kind === "saved" && (
            <button
              type="button"
              className="button button--secondary quick-log__undo"
              aria-disabled={undo.isPending ? true : undefined}
              onClick={() => {
                undoLast(outcome.entry);
              }}
            >
              {undo.isPending ? "Undoing…" : "Undo"}
              <span className="visually-hidden"> the entry from {outcome.entry.localTime}</span>
            </button>
          )}
          {undoProblem.summary !== undefined && (
            <p className="field__error" role="alert">
              {undoProblem.summary}
            </p>
          )}
        </div>
      </form>
    </section>
  );
}
