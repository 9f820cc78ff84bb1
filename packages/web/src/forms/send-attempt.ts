/**
 * The idempotency key of a form's submission. It stays the same while the person sends the same
 * fields again (a retry after an error, a lost answer or a reload, so the server cannot save
 * twice), and is new when the fields changed or after a success (so the next submission is a
 * new record).
 */
export type SendAttempt = { key: string; fields: string | null };

/** A fresh attempt: a new key, nothing sent yet. */
export const freshAttempt = (newKey: () => string): SendAttempt => ({
  key: newKey(),
  fields: null,
});

/** The attempt for sending `fields` (compared as JSON) after `previous`. */
export function attemptFor(
  previous: SendAttempt,
  fields: unknown,
  newKey: () => string,
): SendAttempt {
  const sent = JSON.stringify(fields);
  if (previous.fields === null || previous.fields === sent)
    return { key: previous.key, fields: sent };
  return { key: newKey(), fields: sent };
}

/** The part of `Storage` an attempt needs (session storage in the app, a map in tests). */
export type AttemptStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

function isAttempt(value: unknown): value is SendAttempt {
  if (typeof value !== "object" || value === null) return false;
  const { key, fields } = value as Record<string, unknown>;
  return typeof key === "string" && key !== "" && (fields === null || typeof fields === "string");
}

/** The attempt stored under `storageKey`, if a readable one is there. */
export function readAttempt(
  storage: AttemptStorage | undefined,
  storageKey: string,
): SendAttempt | undefined {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(storageKey) ?? "null");
    return isAttempt(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The attempt for sending `fields` now, stored before it is returned: a save that is sent and
 * then interrupted by a reload (its answer lost) is retried with the same key after the reload.
 * `current` is this page's attempt when storage cannot be read or written.
 */
export function nextStoredAttempt(
  storage: AttemptStorage | undefined,
  storageKey: string,
  current: SendAttempt | undefined,
  fields: unknown,
  newKey: () => string,
): SendAttempt {
  const previous = readAttempt(storage, storageKey) ?? current ?? freshAttempt(newKey);
  const next = attemptFor(previous, fields, newKey);
  try {
    storage?.setItem(storageKey, JSON.stringify(next));
  } catch {
    // Storage full or disabled: the key still holds for retries on this page.
  }
  return next;
}

/** Forgets the stored attempt (after a success: the next submission is a new record). */
export function forgetAttempt(storage: AttemptStorage | undefined, storageKey: string): void {
  try {
    storage?.removeItem(storageKey);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
