/**
 * Days as elapsed time between instants: 24 hours each, whatever the wall clock does. A local
 * day across a DST change has 23 or 25 hours, so "the instant 7 × 24 h ago" and "the same time
 * 7 local days ago" differ by an hour there; these are for windows and ages ("sessions in the
 * last 30 days", "verified 12 days ago"), and `calendar-date.ts` is for calendar dates.
 */

/** Milliseconds in 24 hours of elapsed time (not a calendar day). */
export const elapsedDayMs = 86_400_000;

/**
 * The instant `days` × 24 hours after `instant` (negative: before), as an ISO 8601 UTC string
 * ("2026-03-28T10:00:00.000Z", 1 → "2026-03-29T10:00:00.000Z", which is 11:00 in Paris after
 * the clocks went forward). Throws RangeError on an invalid instant.
 */
export function instantPlusDays(instant: Date | string, days: number): string {
  const ms = typeof instant === "string" ? Date.parse(instant) : instant.getTime();
  return new Date(ms + days * elapsedDayMs).toISOString();
}

/**
 * Whole 24-hour periods from `from` to `to` (ISO 8601 instants), rounded down; negative when
 * `to` is earlier (-0.5 days gives -1). NaN when either is no instant.
 */
export function elapsedWholeDays(from: string, to: Date | string): number {
  const toMs = typeof to === "string" ? Date.parse(to) : to.getTime();
  return Math.floor((toMs - Date.parse(from)) / elapsedDayMs);
}
