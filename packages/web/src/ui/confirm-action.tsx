import { useEffect, useRef, useState } from "react";

/** What a destructive action asks, in the person's words. */
export type ConfirmActionProps = {
  /** The button's visible word ("Delete"). */
  label: string;
  /** Read to screen readers after `label`: which thing (" the entry from 08:30"). */
  hiddenDetail: string;
  /** The question's group name for screen readers ("Confirm deleting"). */
  groupLabel: string;
  /** The question, with what happens after ("Delete …? It leaves your diary."). */
  question: string;
  confirmLabel: string;
  busyLabel: string;
  isBusy: boolean;
  /** A message for the whole action when it failed (shown under the question), or undefined. */
  problem: string | undefined;
  onConfirm: () => void;
};

/**
 * A destructive action that asks once, in place; "Keep it" is as easy to reach as the action.
 * Focus moves to the question, and back to the button when the question closes.
 */
export function ConfirmAction(props: ConfirmActionProps) {
  const [isConfirming, setIsConfirming] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (isConfirming) questionRef.current?.focus();
    else if (wasConfirming.current) buttonRef.current?.focus();
    wasConfirming.current = isConfirming;
  }, [isConfirming]);

  if (!isConfirming) {
    return (
      <button
        ref={buttonRef}
        type="button"
        className="button button--quiet"
        onClick={() => {
          setIsConfirming(true);
        }}
      >
        {props.label}
        <span className="visually-hidden">{props.hiddenDetail}</span>
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={props.groupLabel}>
      <p className="confirm__question" ref={questionRef} tabIndex={-1}>
        {props.question}
      </p>
      {props.problem !== undefined && (
        <p className="field__error" role="alert">
          {props.problem}
        </p>
      )}
      <div className="confirm__actions">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={props.isBusy ? true : undefined}
          onClick={() => {
            if (!props.isBusy) props.onConfirm();
          }}
        >
          {props.isBusy ? props.busyLabel : props.confirmLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setIsConfirming(false);
          }}
        >
          Keep it
        </button>
      </div>
    </div>
  );
}
