import { isoWeekStart } from "../time/calendar-date.js";
import { daysEndingOn } from "./calendar-days.js";

/** What the consistency measure reads: practice per local day and the days that excuse. */
export type ConsistencyInput = {
  /** The owner's today (local date); the period ends on it. */
  today: string;
  /** Length of the period in days (7–90). */
  days: number;
  /** Minutes practised per local date. */
  minutesByDate: ReadonlyMap<string, number>;
  /** Flare days (see `isFlareDay`). */
  flareDates: ReadonlySet<string>;
  /** Days the plan was paused (plan pauses, inclusive local days). */
  pauseDates: ReadonlySet<string>;
  /** The weekly target's days per week, to word the summary. */
  targetDaysPerWeek: number;
};

export type ConsistencyResult = {
  from: string;
  to: string;
  practiceDays: number;
  countedDays: number;
  excusedDays: number;
  share: number;
  minutesThisWeek: number;
  summary: string;
};

/**
 * How regularly a person practised over the last `days` days, ending today, instead of a streak
 * (issue 15). A day with practice counts as practised. A flare or pause day without practice is
 * excused: it counts neither for nor against. `share` = practised days / counted days (1 when
 * every day was excused). `minutesThisWeek` adds the minutes since Monday (ISO week). The
 * summary states what was done, kindly, and never counts days in a row.
 */
export function measureConsistency(input: ConsistencyInput): ConsistencyResult {
  const period = daysEndingOn(input.today, input.days);
  let practiceDays = 0;
  let excusedDays = 0;
  for (const date of period) {
    if ((input.minutesByDate.get(date) ?? 0) > 0) practiceDays += 1;
    else if (input.flareDates.has(date) || input.pauseDates.has(date)) excusedDays += 1;
  }
  const countedDays = period.length - excusedDays;
  const monday = isoWeekStart(input.today);
  const minutesThisWeek = [...input.minutesByDate.entries()]
    .filter(([date]) => date >= monday && date <= input.today)
    .reduce((sum, [, minutes]) => sum + minutes, 0);
  return {
    from: period[0] ?? input.today,
    to: input.today,
    practiceDays,
    countedDays,
    excusedDays,
    share: countedDays === 0 ? 1 : practiceDays / countedDays,
    minutesThisWeek,
    summary: summaryOf(practiceDays, countedDays, excusedDays, input),
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function summaryOf(
  practiceDays: number,
  countedDays: number,
  excusedDays: number,
  input: ConsistencyInput,
): string {
  const rest =
    excusedDays === 0
      ? ""
      : ` ${plural(excusedDays, "flare or pause day")} ${excusedDays === 1 ? "was a rest day" : "were rest days"} and ${excusedDays === 1 ? "does" : "do"} not count.`;
  if (practiceDays === 0) {
    return `No practice recorded in the last ${input.days} days yet.${rest} Whenever you are ready, a 1-minute practice is a fine place to start.`;
  }
  const pace = (practiceDays / Math.max(1, countedDays)) * 7;
  const rhythm =
    pace >= input.targetDaysPerWeek
      ? "That matches the rhythm you set."
      : "Every practice counts, however short.";
  return `You practised on ${plural(practiceDays, "day")} out of ${countedDays} in the last ${input.days} days.${rest} ${rhythm}`;
}
