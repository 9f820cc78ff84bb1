import type { Cadence, ItemSchedule, Weekday } from "@painplan/core";
import { weekdayNames } from "./cadence-draft";

/*
 * Plain words for a schedule. plan-design.md gives this job to core's `describeSchedule`; it
 * had not landed on the plan-core branch when this was written, so the web app says it itself
 * (the integrator may switch `scheduleWords` to core's function: same input, same purpose).
 */

function dayList(days: readonly Weekday[]): string {
  const names = weekdayNames.filter((day) => days.includes(day.code)).map((day) => day.name);
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}

function every(interval: number, unit: string): string {
  return interval === 1 ? `Every ${unit}` : `Every ${interval} ${unit}s`;
}

/** How often, in words: "Every 2 weeks on Tuesday", "Twice a week: Monday and Thursday". */
export function cadenceWords(cadence: Cadence): string {
  switch (cadence.kind) {
    case "daily":
      return every(cadence.interval, "day");
    case "weekly": {
      if (cadence.interval === 1 && cadence.days.length === 7) return "Every day";
      if (cadence.interval === 1 && cadence.days.length > 1) {
        const times = cadence.days.length === 2 ? "Twice" : `${cadence.days.length} times`;
        return `${times} a week: ${dayList(cadence.days)}`;
      }
      return `${every(cadence.interval, "week")} on ${dayList(cadence.days)}`;
    }
    case "monthly":
      return `${every(cadence.interval, "month")}, on the same day of the month`;
    case "after-last-held":
      return `${cadence.intervalWeeks === 1 ? "1 week" : `${cadence.intervalWeeks} weeks`} after the last session you actually had`;
    case "rrule":
      return `By the calendar rule ${cadence.rrule}`;
  }
}

function endWords(end: ItemSchedule["end"], dateWords: (localDate: string) => string): string {
  switch (end.kind) {
    case "never":
      return "";
    case "until":
      return `, until ${dateWords(end.date)}`;
    case "count":
      return end.count === 1 ? ", once" : `, ${end.count} sessions in all`;
  }
}

/** A schedule in plain words: "Every 2 weeks on Tuesday at 10:00, 60 min, until 1 June 2026". */
export function scheduleWords(
  schedule: ItemSchedule,
  dateWords: (localDate: string) => string,
): string {
  const length = Number.isFinite(schedule.durationMinutes)
    ? `, ${schedule.durationMinutes} min`
    : "";
  return `${cadenceWords(schedule.cadence)} at ${schedule.timeOfDay}${length}${endWords(schedule.end, dateWords)}`;
}
