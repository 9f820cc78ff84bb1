import { addCalendarDays } from "../time/calendar-date.js";
/**
 * Calendar-day arithmetic on "YYYY-MM-DD" local dates (no time zone involved: a local date is
 * already the person's day). Throws on a malformed date.
 */
function toUtcMs(localDate: string): number {
  const ms = Date.parse(`${localDate}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`Not a calendar date: ${localDate}`);
  return ms;
}

/** The `count` days ending on `lastDate`, oldest first. */
export function daysEndingOn(lastDate: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addCalendarDays(lastDate, index - count + 1));
}

/** The Monday of the week (ISO 8601: weeks start on Monday) that holds `localDate`. */
export function mondayOf(localDate: string): string {
  const weekday = new Date(toUtcMs(localDate)).getUTCDay(); // 0 = Sunday
  return addCalendarDays(localDate, -((weekday + 6) % 7));
}
