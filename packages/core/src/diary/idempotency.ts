import type { PainEntryOrigin } from "./diary.schema.js";
import type { PainEntryValues } from "./pain-entry-values.js";

/** What a create request said: how the entry was made and the fields it sent. */
export type Submission = { origin: PainEntryOrigin; sent: Partial<PainEntryValues> };

/**
 * Whether a request that reuses an idempotency key is a retry of the one that made `stored`:
 * the same kind of entry, and every field it sent equal to what was saved. Fields left out
 * (a time defaulting to "now", for one) are not compared, because a retry comes later.
 * A different request under a used key is a client mistake, not a retry.
 */
export function isRetryOf(
  submission: Submission,
  stored: { origin: PainEntryOrigin; values: PainEntryValues },
): boolean {
  if (submission.origin !== stored.origin) return false;
  return (Object.entries(submission.sent) as [keyof PainEntryValues, unknown][]).every(
    ([field, value]) =>
      value === undefined || JSON.stringify(value) === JSON.stringify(stored.values[field]),
  );
}
