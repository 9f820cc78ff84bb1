/** Milliseconds in a calendar day (days are counted at noon UTC, so no zone rule matters). */
const dayMs = 86_400_000;

/**
 * The calendar day `days` after a "YYYY-MM-DD" day (negative: before). Pure date arithmetic on
 * the proleptic Gregorian calendar, no time zone involved.
 */
export function addCalendarDays(localDate: string, days: number): string {
  const noon = Date.parse(`${localDate}T12:00:00Z`);
  if (Number.isNaN(noon)) throw new RangeError(`Not a calendar date: ${localDate}`);
  return new Date(noon + days * dayMs).toISOString().slice(0, 10);
}

/** How many days from `from` to `to` ("YYYY-MM-DD"; negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / dayMs);
}
