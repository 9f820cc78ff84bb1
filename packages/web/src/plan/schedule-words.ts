import { describeSchedule, type ItemSchedule } from "@painplan/core";

/** A schedule in plain words ("Every 2 weeks on Tuesday at 10:00, 60 min"), from core. */
export function scheduleWords(schedule: ItemSchedule): string {
  return describeSchedule(schedule, "en");
}
