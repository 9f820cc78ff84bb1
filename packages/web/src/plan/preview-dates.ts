import type { ItemSchedule, Weekday } from "@painplan/core";
import { addDays, addMonths, weekStartOf } from "./calendar-days";
import { weekdayNames } from "./cadence-draft";

/** How many upcoming sessions the builder previews. */
export const previewCount = 5;

/** Enough steps to find `previewCount` dates even for the sparsest schedule previewed. */
const stepLimit = 400;

function weekdayIndex(day: Weekday): number {
  return weekdayNames.findIndex((entry) => entry.code === day);
}

function lastDayOk(schedule: ItemSchedule, date: string, index: number): boolean {
  if (schedule.end.kind === "until") return date <= schedule.end.date;
  if (schedule.end.kind === "count") return index < schedule.end.count;
  return true;
}

function candidateDays(schedule: ItemSchedule, step: number): string[] {
  const { cadence, startDate } = schedule;
  switch (cadence.kind) {
    case "daily":
      return [addDays(startDate, step * cadence.interval)];
    case "weekly": {
      const week = addDays(weekStartOf(startDate), step * 7 * cadence.interval);
      return cadence.days
        .map((day) => addDays(week, weekdayIndex(day)))
        .sort()
        .filter((day) => day >= startDate);
    }
    case "monthly": {
      const month = addMonths(startDate, step * cadence.interval);
      const day = `${month.slice(0, 8)}${startDate.slice(8)}`;
      // A 31st in a shorter month does not happen (RFC 5545 skips invalid dates).
      return addDays(day, 0) === day && day.slice(5, 7) === month.slice(5, 7) ? [day] : [];
    }
    case "after-last-held":
      return [addDays(startDate, step * 7 * cadence.intervalWeeks)];
    case "rrule":
      return [];
  }
}

/**
 * The local dates of the next sessions of a draft schedule, for the builder's preview, on the
 * person's calendar ("YYYY-MM-DD"; the time of day is the schedule's). A custom RRULE is not
 * expanded here (undefined: the calendar shows it after saving); "after the last session held"
 * assumes each session happens as planned. The server's expansion (core) stays the reference
 * for the calendar, reminders and the feed.
 */
export function previewDates(schedule: ItemSchedule): string[] | undefined {
  if (schedule.cadence.kind === "rrule") return undefined;
  const dates: string[] = [];
  for (let step = 0; step < stepLimit && dates.length < previewCount; step += 1) {
    for (const day of candidateDays(schedule, step)) {
      if (dates.length >= previewCount || !lastDayOk(schedule, day, dates.length)) continue;
      dates.push(day);
    }
  }
  return dates;
}
