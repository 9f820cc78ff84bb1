import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { FieldMessages } from "./field-messages";
import { scoreFromDigit, type DigitPress } from "./score-digits";

type ScoreScaleProps = {
  /** The radios' name; the first radio gets this id so error links can focus it. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  value: number | null;
  onChange: (value: number | null) => void;
  /** What the two ends mean, e.g. "No pain" and "Worst pain you can imagine". */
  lowAnchor: string;
  highAnchor: string;
  minimum?: number;
  maximum?: number;
  /** Optional answers get a "Clear" button: a radio cannot be unticked otherwise. */
  isOptional?: boolean;
  error?: string | undefined;
  /**
   * Keep one line free for the error above the numbers even when there is none, so the numbers
   * never move under the finger when an error appears (the quick log, tapped in a hurry).
   */
  reserveErrorSpace?: boolean;
};

/**
 * A 0–10 answer as large radios: one row when there is room, else rows that never leave one
 * number alone (0–10 folds as 0–5 / 6–10, or 0–3 / 4–7 / 8–10 at 320 px: see score-scale.css) (a native radio group: arrow keys move along it,
 * screen readers say "7, 8 of 11"; typing the number picks it). The ends carry their meaning
 * in words, not only a colour.
 */
export function ScoreScale(props: ScoreScaleProps) {
  const { id, legend, hint, value, onChange, lowAnchor, highAnchor, error } = props;
  const { minimum = 0, maximum = 10, isOptional = false, reserveErrorSpace = false } = props;
  const scores = Array.from({ length: maximum - minimum + 1 }, (_, index) => minimum + index);
  const lastDigit = useRef<DigitPress | undefined>(undefined);

  // Typing the number picks it ("7", or "1" then "0" for 10): fewer keys than arrowing along.
  function pickByDigit(event: KeyboardEvent<HTMLDivElement>) {
    const press = { key: event.key, at: event.timeStamp };
    const score = scoreFromDigit(press, lastDigit.current, { minimum, maximum });
    lastDigit.current = press;
    if (score === undefined) return;
    event.preventDefault();
    onChange(score);
    const radio = event.currentTarget.querySelector<HTMLInputElement>(`input[value="${score}"]`);
    radio?.focus();
  }
  const describedIds = [
    hint === undefined ? "" : `${id}-hint`,
    error === undefined ? "" : `${id}-error`,
  ];
  return (
    <fieldset
      className={[
        "field score-scale",
        error === undefined ? "" : "field--invalid",
        reserveErrorSpace ? "score-scale--steady" : "",
      ]
        .filter(Boolean)
        .join(" ")}
      aria-describedby={describedIds.filter(Boolean).join(" ") || undefined}
    >
      <legend className="field__label">{legend}</legend>
      {reserveErrorSpace ? (
        <>
          <FieldMessages id={id} hint={hint} />
          <div className="score-scale__error-slot">
            <FieldMessages id={id} error={error} />
          </div>
        </>
      ) : (
        <FieldMessages id={id} hint={hint} error={error} />
      )}
      <div className="score-scale__frame">
        <div
          className={
            scores.length === 11
              ? "score-scale__options score-scale__options--eleven"
              : "score-scale__options"
          }
          onKeyDown={pickByDigit}
        >
          {scores.map((score) => (
            <label key={score} className="score-scale__option">
              <input
                type="radio"
                className="score-scale__input"
                name={id}
                id={score === minimum ? id : undefined}
                value={score}
                checked={value === score}
                onChange={() => {
                  onChange(score);
                }}
              />
              <span className="score-scale__number">{score}</span>
              {score === minimum && <span className="visually-hidden">, {lowAnchor}</span>}
              {score === maximum && <span className="visually-hidden">, {highAnchor}</span>}
            </label>
          ))}
        </div>
      </div>
      <p className="score-scale__anchors" aria-hidden="true">
        <span>
          {minimum} = {lowAnchor}
        </span>
        <span>
          {maximum} = {highAnchor}
        </span>
      </p>
      {isOptional && value !== null && (
        <button
          type="button"
          className="button button--quiet score-scale__clear"
          onClick={() => {
            onChange(null);
          }}
        >
          Clear this answer
        </button>
      )}
    </fieldset>
  );
}
