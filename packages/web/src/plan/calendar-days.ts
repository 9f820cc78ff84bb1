/**
 * Calendar-day arithmetic on "YYYY-MM-DD" strings. A calendar day has no zone: the dates are
 * counted on a UTC midnight only because that clock has no DST. The person's today comes from
 * `usePersonDates()`.
 */
const dayMs = 86_400_000;

function toUtc(localDate: string): number {
  const [year = 1970, month = 1, day = 1] = localDate.split("-").map(Number);
  return Date.UTC(year, month - 1, day);
}

function fromUtc(time: number): string {
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The day `days` after (or before, when negative) `localDate`. */
export function addDays(localDate: string, days: number): string {
  return fromUtc(toUtc(localDate) + days * dayMs);
}

/** The Monday on or before `localDate` (weeks start on Monday, ISO 8601). */
export function weekStartOf(localDate: string): string {
  const weekday = (new Date(toUtc(localDate)).getUTCDay() + 6) % 7;
  return addDays(localDate, -weekday);
}

/** The seven days of the week holding `localDate`, Monday first. */
export function weekDays(localDate: string): string[] {
  const start = weekStartOf(localDate);
  return Array.from({ length: 7 }, (_, index) => addDays(start, index));
}

/** The first day of the month holding `localDate`. */
export function monthStartOf(localDate: string): string {
  return `${localDate.slice(0, 7)}-01`;
}

/** The first day of the month `months` after (or before) the month of `localDate`. */
export function addMonths(localDate: string, months: number): string {
  const [year = 1970, month = 1] = localDate.split("-").map(Number);
  return fromUtc(Date.UTC(year, month - 1 + months, 1));
}

/**
 * The weeks shown for a month: whole Monday-to-Sunday weeks covering every day of it (days of
 * the months around it fill the first and last week).
 */
export function monthWeeks(localDate: string): string[][] {
  const first = monthStartOf(localDate);
  const last = addDays(addMonths(first, 1), -1);
  const weeks: string[][] = [];
  for (let start = weekStartOf(first); start <= last; start = addDays(start, 7)) {
    weeks.push(weekDays(start));
  }
  return weeks;
}
