import { useId } from "react";

type PainTapProps = {
  /** The question, e.g. "How much pain do you feel right now?" */
  question: string;
  /** One tap on a number answers and moves on. */
  onRate: (score: number) => void;
  /** Moves on without a rating. */
  onSkip: () => void;
  skipLabel: string;
  /** While an answer is being saved the buttons wait. */
  isBusy?: boolean;
};

const scores = Array.from({ length: 11 }, (_, score) => score);

/**
 * Pain 0–10 in one tap: eleven large buttons in a fixed grid of six columns (0–5 above, 6–10
 * below), the same at every width from 320 px up, so 10 never ends up alone on a row. Each end
 * says what it means in words. Skipping is one tap too.
 */
export function PainTap({ question, onRate, onSkip, skipLabel, isBusy = false }: PainTapProps) {
  const headingId = useId();
  return (
    <section className="pain-tap" aria-labelledby={headingId}>
      <h2 id={headingId} className="pain-tap__question">
        {question}
      </h2>
      <p className="pain-tap__hint">0 = no pain, 10 = the worst pain you can imagine.</p>
      <div className="pain-tap__grid" role="group" aria-labelledby={headingId}>
        {scores.map((score) => (
          <button
            key={score}
            type="button"
            className="pain-tap__score"
            aria-disabled={isBusy}
            onClick={() => {
              if (!isBusy) onRate(score);
            }}
          >
            {score}
            {score === 0 && <span className="visually-hidden">, no pain</span>}
            {score === 10 && <span className="visually-hidden">, worst pain you can imagine</span>}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="button button--quiet pain-tap__skip"
        aria-disabled={isBusy}
        onClick={() => {
          if (!isBusy) onSkip();
        }}
      >
        {skipLabel}
      </button>
    </section>
  );
}
