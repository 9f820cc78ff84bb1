import { addCalendarDays } from "../time/calendar-date.js";

/** One pain reading of a day: from the diary or a practice's "pain before". */
export type DayPain = { localDate: string; intensity: number };

/** How many earlier days make a person's usual level, and how many must have a reading. */
export const flareRule = {
  baselineDays: 14,
  baselineMinDays: 3,
  minRisePoints: 2,
  minRiseShare: 0.3,
} as const;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The highest reading of each day. */
export function highestByDay(readings: readonly DayPain[]): Map<string, number> {
  const highest = new Map<string, number>();
  for (const { localDate, intensity } of readings) {
    highest.set(localDate, Math.max(intensity, highest.get(localDate) ?? 0));
  }
  return highest;
}

/**
 * Whether `localDate` is a flare day. Our rule (documented in docs/glossary.md, "flare day"):
 * the person said so (`markedFlareDates`, from a practice log entry), or the day's highest pain
 * reading is at least 2 points and at least 30 % above their usual level. The usual level is the
 * median of the daily highest readings over the 14 days before, and needs readings on at least 3
 * of them; without that, only the person's own word makes a flare day. The 2-point / 30 % size is
 * the change Farrar et al. 2001 found clinically important on the 0–10 scale (REFERENCE §2.2),
 * used here for a rise; the rule itself is ours, not a clinical definition.
 */
export function isFlareDay(
  localDate: string,
  highest: ReadonlyMap<string, number>,
  markedFlareDates: ReadonlySet<string>,
): boolean {
  if (markedFlareDates.has(localDate)) return true;
  const today = highest.get(localDate);
  if (today === undefined) return false;
  const before = [...highest.entries()]
    .filter(
      ([date]) => date < localDate && date >= addCalendarDays(localDate, -flareRule.baselineDays),
    )
    .map(([, value]) => value);
  if (before.length < flareRule.baselineMinDays) return false;
  const usual = median(before);
  const rise = today - usual;
  return rise >= flareRule.minRisePoints && rise >= usual * flareRule.minRiseShare;
}
