/**
 * The idempotency key of a create form's submission (a package, a claim, an estimate). It stays
 * the same while the person sends the same fields again (a retry after an error or a lost answer,
 * so the server cannot save twice), and is new when the fields changed or after a success (so
 * the next submission is a new record).
 */
export type CreateAttempt = { key: string; fields: string | null };

/** A fresh attempt: a new key, nothing sent yet. */
export const freshAttempt = (newKey: () => string): CreateAttempt => ({
  key: newKey(),
  fields: null,
});

/** The attempt for sending `fields` (compared as JSON) after `previous`. */
export function attemptFor(
  previous: CreateAttempt,
  fields: unknown,
  newKey: () => string,
): CreateAttempt {
  const sent = JSON.stringify(fields);
  if (previous.fields === null || previous.fields === sent)
    return { key: previous.key, fields: sent };
  return { key: newKey(), fields: sent };
}
