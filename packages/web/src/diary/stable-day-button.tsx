import type { PainEntry } from "@painplan/core";
import { useRef } from "react";
import { formProblemFrom } from "../forms/form-problem";
import { useStableDay } from "./diary-queries";

type StableDayButtonProps = {
  userId: string;
  last: PainEntry;
  /** Called with the confirmation to show and the entry just saved (so it can be undone). */
  onSaved: (message: string, entry: PainEntry) => void;
};

/** One tap for a day like the last one: stable days matter too. */
export function StableDayButton({ userId, last, onSaved }: StableDayButtonProps) {
  const stableDay = useStableDay(userId);
  // A new key per attempt that succeeded; a retry after a failure reuses the key.
  const key = useRef(crypto.randomUUID());
  const problem = formProblemFrom(stableDay.error, []);
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={stableDay.isPending ? true : undefined}
        onClick={() => {
          if (stableDay.isPending) return;
          stableDay.mutate(
            { idempotencyKey: key.current },
            {
              onSuccess: (entry) => {
                key.current = crypto.randomUUID();
                onSaved(
                  `Saved: a stable day, pain ${entry.intensityNow} out of 10 as last time.`,
                  entry,
                );
              },
            },
          );
        }}
      >
        {stableDay.isPending
          ? "Saving…"
          : `Same as last time (pain ${last.intensityNow} out of 10)`}
      </button>
      {problem.summary !== undefined && (
        <p className="field__error" role="alert">
          {problem.summary}
        </p>
      )}
    </>
  );
}
