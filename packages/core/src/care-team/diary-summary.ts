import { addCalendarDays } from "../time/calendar-date.js";

/** One diary entry as the summary needs it: its local day (the owner's) and pain now (0–10). */
export type DiaryPoint = { localDate: string; intensityNow: number };

export type DiaryWeek = {
  /** First and last local day of the 7-day block (the owner's days). */
  from: string;
  to: string;
  entryCount: number;
  /** Mean of "pain now", one decimal; null for a week without entries (not zero). */
  averagePain: number | null;
  worstPain: number | null;
};

/** Weeks a diary summary covers, oldest first, ending with the 7 days that end today. */
export const diarySummaryWeeks = 4;

/**
 * The pain diary in four 7-day blocks ending on the owner's `today`: how many entries, the mean
 * and the worst "pain now" of each. A week without entries says so (null), never 0.
 */
export function summarizeDiary(points: readonly DiaryPoint[], today: string): DiaryWeek[] {
  return Array.from({ length: diarySummaryWeeks }, (_, index) => {
    const to = addCalendarDays(today, -7 * (diarySummaryWeeks - 1 - index));
    const from = addCalendarDays(to, -6);
    const inWeek = points.filter((point) => point.localDate >= from && point.localDate <= to);
    const values = inWeek.map((point) => point.intensityNow);
    const total = values.reduce((sum, value) => sum + value, 0);
    return {
      from,
      to,
      entryCount: values.length,
      averagePain: values.length === 0 ? null : Math.round((total / values.length) * 10) / 10,
      worstPain: values.length === 0 ? null : Math.max(...values),
    };
  });
}
