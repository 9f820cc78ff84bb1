import { previousCalendarDate, type PainEntry } from "@painplan/core";

/** One day of the 7-day trend: the mean "pain now" (0–10) of its entries, or null if none. */
export type TrendDay = { localDate: string; average: number | null; entries: number };

/** The number of days the dashboard's pain trend covers, today included. */
export const trendDays = 7;

/** The first day of the trend window ending on `today` ("YYYY-MM-DD", the person's zone). */
export function trendStart(today: string): string {
  let day = today;
  for (let step = 1; step < trendDays; step += 1) day = previousCalendarDate(day);
  return day;
}

/**
 * The last 7 local days (oldest first, ending on `today`) with the mean `intensityNow` of each
 * day's entries, rounded to one decimal; days without entries are `null` (a gap, never a 0:
 * no entry is not "no pain"). Entries outside the window are ignored.
 */
export function weekTrend(entries: readonly PainEntry[], today: string): TrendDay[] {
  const days: string[] = [today];
  while (days.length < trendDays) days.unshift(previousCalendarDate(days[0] ?? today));
  return days.map((localDate) => {
    const scores = entries
      .filter((entry) => entry.localDate === localDate)
      .map((entry) => entry.intensityNow);
    const average =
      scores.length === 0
        ? null
        : Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 10) / 10;
    return { localDate, average, entries: scores.length };
  });
}

/**
 * The trend in one sentence, the chart's text alternative: the week's mean over the days with
 * entries and how many days had one, e.g. "Average pain now over the last 7 days: 4.5 out of 10
 * (entries on 3 of 7 days)."
 */
export function trendSummary(days: readonly TrendDay[]): string {
  const logged = days.filter((day) => day.average !== null);
  if (logged.length === 0) return `No entries in the last ${days.length} days yet.`;
  const mean = logged.reduce((sum, day) => sum + (day.average ?? 0), 0) / logged.length;
  const rounded = Math.round(mean * 10) / 10;
  return `Average pain now over the last ${days.length} days: ${rounded} out of 10 (entries on ${logged.length} of ${days.length} days).`;
}
