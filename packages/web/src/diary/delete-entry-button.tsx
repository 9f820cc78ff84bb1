import type { PainEntry } from "@painplan/core";
import { useEffect, useRef, useState } from "react";
import { formProblemFrom } from "../forms/form-problem";
import { useDeletePainEntry } from "./diary-queries";

type DeleteEntryButtonProps = { userId: string; entry: PainEntry; onDeleted: () => void };

/** Deleting asks once, in place; "Keep it" is as easy to reach as "Delete". */
export function DeleteEntryButton({ userId, entry, onDeleted }: DeleteEntryButtonProps) {
  const [isConfirming, setIsConfirming] = useState(false);
  const remove = useDeletePainEntry(userId);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    // Focus follows the question, and returns to the button when the question closes.
    if (isConfirming) questionRef.current?.focus();
    else if (wasConfirming.current) deleteRef.current?.focus();
    wasConfirming.current = isConfirming;
  }, [isConfirming]);

  if (!isConfirming) {
    return (
      <button
        ref={deleteRef}
        type="button"
        className="button button--quiet"
        onClick={() => {
          setIsConfirming(true);
        }}
      >
        Delete<span className="visually-hidden"> the entry from {entry.localTime}</span>
      </button>
    );
  }
  const problem = formProblemFrom(remove.error, []);
  return (
    <div className="confirm" role="group" aria-label="Confirm deleting">
      <p className="confirm__question" ref={questionRef} tabIndex={-1}>
        Delete the entry from {entry.localTime}? It leaves your diary; its history is kept.
      </p>
      {problem.summary !== undefined && (
        <p className="field__error" role="alert">
          {problem.summary}
        </p>
      )}
      <div className="confirm__actions">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={remove.isPending ? true : undefined}
          onClick={() => {
            if (remove.isPending) return;
            remove.mutate(entry.id, { onSuccess: onDeleted });
          }}
        >
          {remove.isPending ? "Deleting…" : "Yes, delete it"}
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
