import type { InstrumentSchedule } from "./instruments.schema.js";
import { addCalendarDays } from "../time/calendar-date.js";
import { localDayOf } from "../time/local-day.js";

export type ScheduleInput = {
  /** null: reminders off for this instrument. */
  intervalDays: number | null;
  /** A licensed instrument without its installed text is never due. */
  isAvailable: boolean;
  /** PGIC: counts from the start date the person picked, and waits until there is one. */
  usesAnchorDate: boolean;
  anchorDate: string | null;
  lastCompletedAt: Date | undefined;
  lastSkippedAt: Date | undefined;
  now: Date;
  timeZone: string;
};

const latest = (a: Date | undefined, b: Date | undefined) =>
  a === undefined ? b : b === undefined || a > b ? a : b;

/**
 * When a questionnaire is next due, counted in whole days in the person's time zone: the interval
 * after the day it was last completed or skipped (a skip waits a full interval, like an answer).
 * Never taken: due today, so the first answers give a starting point. PGIC instead starts one
 * interval after the chosen start date (asking "how much has changed?" on that day itself makes
 * no sense), ignores answers from before that date, and is never due without one.
 */
function dueOn(input: ScheduleInput, intervalDays: number, today: string): string | null {
  const lastDone = latest(input.lastCompletedAt, input.lastSkippedAt);
  const lastDay =
    lastDone === undefined ? undefined : localDayOf(lastDone.toISOString(), input.timeZone);
  if (!input.usesAnchorDate)
    return lastDay === undefined ? today : addCalendarDays(lastDay, intervalDays);
  if (input.anchorDate === null) return null;
  const from = lastDay !== undefined && lastDay >= input.anchorDate ? lastDay : input.anchorDate;
  return addCalendarDays(from, intervalDays);
}

export function scheduleFor(input: ScheduleInput): InstrumentSchedule {
  const today = localDayOf(input.now.toISOString(), input.timeZone);
  const intervalDays = input.isAvailable ? input.intervalDays : null;
  const due = intervalDays === null ? null : dueOn(input, intervalDays, today);
  return {
    intervalDays: input.intervalDays,
    isDue: due !== null && due <= today,
    dueOn: due,
    isWaitingForAnchorDate:
      intervalDays !== null && input.usesAnchorDate && input.anchorDate === null,
    lastCompletedAt: input.lastCompletedAt?.toISOString() ?? null,
    lastSkippedAt: input.lastSkippedAt?.toISOString() ?? null,
  };
}
