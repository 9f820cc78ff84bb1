import { isoWeekday } from "../time/calendar-date.js";
import { weekdays, type Weekday } from "./schedule.schema.js";

/**
 * The RFC 5545 BYDAY code of a "YYYY-MM-DD" calendar date ("2026-03-02" → "MO"): the weekday a
 * weekly cadence falls on when none was chosen. Throws RangeError on text that is no date.
 */
export function weekdayOf(localDate: string): Weekday {
  const weekday = weekdays[isoWeekday(localDate) - 1];
  if (weekday === undefined) throw new RangeError(`No weekday for ${localDate}`);
  return weekday;
}
