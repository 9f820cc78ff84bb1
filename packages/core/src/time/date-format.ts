import { addCalendarDays } from "./calendar-date.js";
import { localMomentOf } from "./local-day.js";

/** English names, in UTC: the date given is already the person's day. */
const dateParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});

/**
 * A calendar date ("YYYY-MM-DD", already a day in the person's zone) in English words, day first: "2 March 2026",
 * or "Monday 2 March 2026" with `withWeekday`. The date is a day, not an instant, so no zone
 * can move it. Throws RangeError for text that is not a date.
 */
export function formatCalendarDate(
  localDate: string,
  options: { withWeekday?: boolean } = {},
): string {
  const noon = Date.parse(`${localDate}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(localDate) || Number.isNaN(noon)) {
    throw new RangeError(`Not a calendar date: ${localDate}`);
  }
  // Put together from parts: ICU versions differ on the comma after the weekday.
  const parts = dateParts.formatToParts(noon);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((entry) => entry.type === type)?.value ?? "";
  const date = `${part("day")} ${part("month")} ${part("year")}`;
  return options.withWeekday === true ? `${part("weekday")} ${date}` : date;
}

/** The day before a calendar date ("YYYY-MM-DD"): `addCalendarDays(localDate, -1)`. */
export function previousCalendarDate(localDate: string): string {
  return addCalendarDays(localDate, -1);
}

/**
 * An instant as the person's calendar shows it, in their IANA zone: "2 March 2026" (never the
 * device's or the server's zone, never the UTC day).
 */
export function formatDateIn(instant: string, timeZone: string): string {
  return formatCalendarDate(localMomentOf(instant, timeZone).localDate);
}

/** An instant as the person's calendar and clock show it: "2 March 2026, 08:30" (24-hour). */
export function formatDateTimeIn(instant: string, timeZone: string): string {
  const { localDate, localTime } = localMomentOf(instant, timeZone);
  return `${formatCalendarDate(localDate)}, ${localTime}`;
}
