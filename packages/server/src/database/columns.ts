/**
 * Column types and helpers shared by every area's tables and repositories, so each kind of
 * value is stored one way on both databases.
 */

/**
 * A UTC instant as an ISO 8601 string with milliseconds and "Z": `timestamptz` in PostgreSQL
 * (read back as this string by a type parser), TEXT in SQLite, where the fixed format sorts in
 * time order.
 */
export type Timestamp = string;

/** JSON text, checked against a contract schema when read. */
export type JsonText = string;

/**
 * Whether a write lost a race the database settled: a unique constraint (PostgreSQL 23505,
 * SQLite's constraint code), a serialization failure (40001) or a deadlock (40P01).
 */
export function isWriteConflict(error: unknown): boolean {
  if (isUniqueViolation(error)) return true;
  if (!(error instanceof Error) || !("code" in error)) return false;
  return error.code === "40001" || error.code === "40P01";
}

/** Whether a write failed on a unique constraint (PostgreSQL 23505; SQLite's constraint code). */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Error) || !("code" in error)) return false;
  return error.code === "23505" || error.code === "SQLITE_CONSTRAINT_UNIQUE";
}
