import {
  addCalendarDays,
  daysEndingOn,
  highestByDay,
  isFlareDay,
  flareRule,
  type DayPain,
  type PracticeDay,
  type PracticeLogEntry,
} from "@painplan/core";

/**
 * Days of history the suggestion reads: the progression starts again from 3 minutes after this
 * long without practice (a gentle restart, never a penalty).
 */
export const suggestionHistoryDays = 60;

/** The first local day whose readings the flare rule needs for a period starting `fromDate`. */
export function painReadingsFrom(fromDate: string): string {
  return addCalendarDays(fromDate, -flareRule.baselineDays);
}

/** The flare state of each day in `dates`, from diary readings, practice pain and the person's word. */
export function flareDatesOf(
  dates: readonly string[],
  diaryPain: readonly DayPain[],
  entries: readonly PracticeLogEntry[],
): Set<string> {
  const practicePain = entries.flatMap((entry) =>
    entry.painBefore === null ? [] : [{ localDate: entry.localDate, intensity: entry.painBefore }],
  );
  const highest = highestByDay([...diaryPain, ...practicePain]);
  const marked = new Set(
    entries.filter((entry) => entry.isFlareDay === true).map((e) => e.localDate),
  );
  return new Set(dates.filter((date) => isFlareDay(date, highest, marked)));
}

/** One `PracticeDay` per local day of `dates` (entries oldest first): its flare state and last practice. */
export function practiceDaysOf(
  dates: readonly string[],
  entries: readonly PracticeLogEntry[],
  flareDates: ReadonlySet<string>,
): PracticeDay[] {
  const lastByDate = new Map(entries.map((entry) => [entry.localDate, entry]));
  return dates.map((localDate) => {
    const last = lastByDate.get(localDate);
    return {
      localDate,
      isFlareDay: flareDates.has(localDate),
      lastMinutes: last === undefined ? 0 : Math.round(last.secondsDone / 60),
      lastEffort: last?.effort ?? null,
    };
  });
}

/** Minutes practised per local day (seconds added up, then rounded). */
export function minutesByDate(entries: readonly PracticeLogEntry[]): Map<string, number> {
  const seconds = new Map<string, number>();
  for (const entry of entries) {
    seconds.set(entry.localDate, (seconds.get(entry.localDate) ?? 0) + entry.secondsDone);
  }
  return new Map([...seconds].map(([date, total]) => [date, Math.round(total / 60)]));
}

/** The days before `today` the suggestion reads, oldest first. */
export function historyDates(today: string): string[] {
  return daysEndingOn(addCalendarDays(today, -1), suggestionHistoryDays);
}
