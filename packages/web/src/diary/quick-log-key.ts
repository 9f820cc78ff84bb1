/**
 * The idempotency key of a quick log. It stays the same while the person retries the same
 * answer (so a retry after a lost response cannot save twice) and is new for a new answer or
 * after a success (so the next log is a new entry).
 */
export type QuickLogAttempt = { key: string; intensity: number | null };

export function attemptFor(
  previous: QuickLogAttempt,
  intensity: number | null,
  newKey: () => string,
): QuickLogAttempt {
  return previous.intensity === intensity ? previous : { key: newKey(), intensity };
}

export function afterSuccess(newKey: () => string): QuickLogAttempt {
  return { key: newKey(), intensity: null };
}
