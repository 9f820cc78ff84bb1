/**
 * Calendar-day arithmetic on "YYYY-MM-DD" local dates (no time zone involved: a local date is
 * already the person's day). Throws on a malformed date.
 */
function toUtcMs(localDate: string): number {
  const ms = Date.parse(`${localDate}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`Not a calendar date: ${localDate}`);
  return ms;
}

/** `localDate` moved by `days` (negative: earlier). */
export function addDays(localDate: string, days: number): string {
  return new Date(toUtcMs(localDate) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The `count` days ending on `lastDate`, oldest first. */
export function daysEndingOn(lastDate: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addDays(lastDate, index - count + 1));
}

/** The Monday of the week (ISO 8601: weeks start on Monday) that holds `localDate`. */
export function mondayOf(localDate: string): string {
  const weekday = new Date(toUtcMs(localDate)).getUTCDay(); // 0 = Sunday
  return addDays(localDate, -((weekday + 6) % 7));
}
