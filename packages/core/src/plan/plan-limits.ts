/**
 * Limits of a treatment plan's schedule and goals. They keep one expansion bounded in time and
 * memory and refuse schedules no one means; none of them is a clinical rule (session lengths are
 * in REFERENCE.md §6.1; the 8-hour ceiling is issue 11's "duration ≤ 0 or > 8 h" bad input).
 */
export const planLimits = {
  /** Shortest session, minutes. */
  durationMinutesMin: 1,
  /** Longest session, minutes (8 hours). */
  durationMinutesMax: 480,
  /**
   * Most occurrences one expansion returns (one item, one window) and most occurrences a
   * finite schedule (`count`, or `until`) may have: above it `expandOccurrences` throws
   * `TooManyOccurrencesError` and `validateSchedule` refuses the schedule. 10 years of a daily
   * item (3,653) fit; a sub-daily custom rule over a year does not.
   */
  maxOccurrencesPerExpansion: 5000,
  /** Largest "every N days". */
  dailyIntervalMax: 365,
  /** Largest "every N weeks" (also for "N weeks after the last held session"). */
  weeklyIntervalMax: 52,
  /** Largest "every N months". */
  monthlyIntervalMax: 24,
  /** Longest custom RRULE body, characters. */
  rruleMaxLength: 500,
  /** Exceptions, added occurrences and pauses kept per item. */
  exceptionsPerItemMax: 2000,
  /** The reason for a pause, characters. */
  pauseReasonMaxLength: 500,
  /** A function goal's text, characters. */
  goalTextMaxLength: 200,
  /** A function goal's unit ("minutes", "steps"), characters. */
  goalUnitMaxLength: 40,
} as const;
