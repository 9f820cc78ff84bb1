import { addCalendarDays, isoWeekStart } from "./calendar-date.js";

/**
 * Weeks and months of "YYYY-MM-DD" calendar dates, as a calendar page lays them out (weeks start
 * on Monday, ISO 8601). Zone-free like `calendar-date.ts`.
 */

/** The seven days of the week holding `localDate`, Monday first. */
export function weekDays(localDate: string): string[] {
  const start = isoWeekStart(localDate);
  return Array.from({ length: 7 }, (_, index) => addCalendarDays(start, index));
}

/** The first day of the month holding `localDate` ("2026-03-14" → "2026-03-01"). */
export function monthStartOf(localDate: string): string {
  return `${localDate.slice(0, 7)}-01`;
}

/**
 * The first day of the month `months` after (negative: before) the month of `localDate`
 * ("2026-12-15", 1 → "2027-01-01"). The day of the month is dropped, so no month is skipped.
 */
export function monthStartAfter(localDate: string, months: number): string {
  const [year = 1970, month = 1] = localDate.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1 + months, 1)).toISOString().slice(0, 10);
}

/**
 * The weeks shown for a month: whole Monday-to-Sunday weeks covering every day of it (days of
 * the months around it fill the first and last week); 4 to 6 weeks of 7 dates.
 */
export function monthWeeks(localDate: string): string[][] {
  const first = monthStartOf(localDate);
  const last = addCalendarDays(monthStartAfter(first, 1), -1);
  const weeks: string[][] = [];
  for (let start = isoWeekStart(first); start <= last; start = addCalendarDays(start, 7)) {
    weeks.push(weekDays(start));
  }
  return weeks;
}
