import { formatCalendarDate } from "@painplan/core";

/**
 * A wall time ("YYYY-MM-DDTHH:mm", or a half-typed one) split into the date part and the text
 * typed for the time. The date input never holds a "T", so the first "T" is the divider.
 */
export function splitWallTime(wallTime: string): { date: string; clock: string } {
  const divider = wallTime.indexOf("T");
  if (divider === -1) return { date: wallTime, clock: "" };
  return { date: wallTime.slice(0, divider), clock: wallTime.slice(divider + 1) };
}

/** The two parts back into one value; a half-typed time is kept as typed (never lost). */
export function joinWallTime(date: string, clock: string): string {
  return `${date}T${clock}`;
}

/**
 * The text typed for a time on a 24-hour clock as "HH:mm", or undefined when it is not a time.
 * Accepts "14:30", "9:05", "14.30", "1430" and "930" (hours 0–23, minutes 0–59); spaces around
 * it are ignored. The diary shows 24-hour times, so the form reads them the same way.
 */
export function normaliseClockText(text: string): string | undefined {
  const trimmed = text.trim();
  const match = /^(\d{1,2})[:.h]?(\d{2})$/.exec(trimmed);
  if (match === null) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/**
 * The whole value in words, as the diary shows it: "Sunday 8 March 2026 at 03:30"; undefined
 * while the date or time is incomplete.
 */
export function describeWallTime(wallTime: string): string | undefined {
  const { date, clock } = splitWallTime(wallTime);
  const time = normaliseClockText(clock);
  if (time === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  try {
    return `${formatCalendarDate(date, { withWeekday: true })} at ${time}`;
  } catch {
    return undefined;
  }
}

/** The value with its time as "HH:mm" when the typed text is a time; else unchanged. */
export function normaliseWallTime(wallTime: string): string {
  const { date, clock } = splitWallTime(wallTime);
  const time = normaliseClockText(clock);
  return time === undefined ? wallTime : joinWallTime(date, time);
}
