import { addCalendarDays } from "../time/calendar-date.js";

/** The `count` days ending on `lastDate` ("YYYY-MM-DD"), oldest first. */
export function daysEndingOn(lastDate: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addCalendarDays(lastDate, index - count + 1));
}
