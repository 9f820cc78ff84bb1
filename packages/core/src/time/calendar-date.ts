/**
 * Calendar-day arithmetic on "YYYY-MM-DD" dates (a person's local day, a due date, a plan's
 * start). A calendar date has no zone and no clock, so a DST change never moves it: the dates are
 * counted at noon UTC only because that clock has no DST. For instants ("24 hours after this
 * moment") use `elapsed-days.ts`; for "10:00 local, N days later" combine these with
 * `wall-time.ts`.
 */

/** Milliseconds between two noons UTC: the length of a calendar day on a clock without DST. */
const dayMs = 86_400_000;

function noonOf(localDate: string): number {
  const noon = Date.parse(`${localDate}T12:00:00Z`);
  if (Number.isNaN(noon)) throw new RangeError(`Not a calendar date: ${localDate}`);
  return noon;
}

/**
 * Whether `text` is a "YYYY-MM-DD" date this arithmetic accepts. Like `Date.parse`, it takes a
 * day 29–31 of a shorter month (it then counts on into the next month) and refuses a month
 * above 12 or a day above 31.
 */
export function isCalendarDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T12:00:00Z`));
}

/**
 * The calendar day `days` after a "YYYY-MM-DD" day (negative: before). Pure date arithmetic on
 * the proleptic Gregorian calendar, no time zone involved: the day after 2026-03-28 is
 * 2026-03-29 in every zone, whether or not the clocks change that night. Throws RangeError on
 * text that is no date.
 */
export function addCalendarDays(localDate: string, days: number): string {
  return new Date(noonOf(localDate) + days * dayMs).toISOString().slice(0, 10);
}

/** How many days from `from` to `to` ("YYYY-MM-DD"; negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / dayMs);
}

/**
 * The ISO 8601 weekday number of a "YYYY-MM-DD" day: 1 for Monday to 7 for Sunday (so
 * `weekdays[isoWeekday(day) - 1]` names it in core's Monday-first order). Throws RangeError on
 * text that is no date.
 */
export function isoWeekday(localDate: string): number {
  return ((new Date(noonOf(localDate)).getUTCDay() + 6) % 7) + 1; // getUTCDay: Sunday 0
}

/**
 * The Monday (ISO 8601 week start) on or before a "YYYY-MM-DD" day. Throws RangeError on text
 * that is no date.
 */
export function isoWeekStart(localDate: string): string {
  return addCalendarDays(localDate, 1 - isoWeekday(localDate));
}
