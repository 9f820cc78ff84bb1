import { startingPracticeMinutes } from "./guided-practices.js";
import {
  guidedPracticeIds,
  practiceLimits,
  routineIdOf,
  routineMinuteChoices,
  type PracticeId,
  type PracticeKind,
  type RoutineMinutes,
} from "./practice-ids.js";
import type { PracticeEffort } from "./practice.schema.js";

/**
 * How the suggested length moves, in whole minutes (issue 15: "start small, grow slowly"):
 * - up 1 minute after a day whose last practice felt easy and lasted at least the suggested length;
 * - down 1 minute after a day whose last practice felt hard;
 * - down 2 minutes after a flare day (never below 1 minute, the shortest practice);
 * - otherwise unchanged. So it never moves by more than `maxStepMinutes`.
 * Our rule, not a clinical one: the reference asks for short daily practice (REFERENCE §4.4,
 * mindfulness courses with short home practice) and gives no growth rate.
 */
export const progressionRule = {
  growMinutes: 1,
  hardShrinkMinutes: 1,
  flareShrinkMinutes: 2,
  maxStepMinutes: 2,
  minMinutes: practiceLimits.guidedMinutesMin,
  maxMinutes: practiceLimits.guidedMinutesMax,
} as const;

/** What one local day said about practice, oldest first in a history. */
export type PracticeDay = {
  localDate: string;
  isFlareDay: boolean;
  /** Minutes of the day's last practice; 0 when the day had none. */
  lastMinutes: number;
  lastEffort: PracticeEffort | null;
};

function clamp(minutes: number): number {
  return Math.min(progressionRule.maxMinutes, Math.max(progressionRule.minMinutes, minutes));
}

/** The suggested length after one day, from the length suggested before it. */
export function nextSuggestedMinutes(previous: number, day: PracticeDay): number {
  if (day.isFlareDay) return clamp(previous - progressionRule.flareShrinkMinutes);
  if (day.lastMinutes === 0) return previous;
  if (day.lastEffort === "hard") return clamp(previous - progressionRule.hardShrinkMinutes);
  if (day.lastEffort === "easy" && day.lastMinutes >= previous) {
    return clamp(previous + progressionRule.growMinutes);
  }
  return previous;
}

/**
 * The suggested length after a history of days (oldest first), starting from
 * `startingPracticeMinutes` (3). Days without practice or flare leave it as it was.
 */
export function suggestedMinutes(days: readonly PracticeDay[]): number {
  return days.reduce(nextSuggestedMinutes, clamp(startingPracticeMinutes));
}

/** Today's suggestion before it is dated: what, how long, and why in plain words. */
export type SuggestionParts = {
  kind: PracticeKind;
  minutes: number;
  isFlareDay: boolean;
  reason: string;
};

/**
 * Today's suggestion from the days before today and today's flare state. On a flare day the
 * length drops (as after any flare day) and the practice is paced breathing, the gentlest; on
 * other days it is the kind the person did last (paced breathing at first).
 */
export function suggestToday(
  pastDays: readonly PracticeDay[],
  today: { isFlareDay: boolean; lastKind: PracticeKind | null },
): SuggestionParts {
  const usual = suggestedMinutes(pastDays);
  if (today.isFlareDay) {
    const minutes = clamp(usual - progressionRule.flareShrinkMinutes);
    return {
      kind: "paced-breathing",
      minutes,
      isFlareDay: true,
      reason: `Pain is higher today, so here is something shorter and gentle: ${minutes} minute${minutes === 1 ? "" : "s"} of slow breathing. Any amount is fine, and resting is fine too.`,
    };
  }
  const kind = today.lastKind ?? "paced-breathing";
  if (kind === "yoga-routine") {
    const minutes = routineLengthFor(usual);
    return {
      kind,
      minutes,
      isFlareDay: false,
      reason: `A ${minutes}-minute routine, the shortest that fits your usual practice length.`,
    };
  }
  const reason =
    pastDays.length === 0 || pastDays.every((day) => day.lastMinutes === 0)
      ? `Starting small: ${usual} minutes is plenty for a start.`
      : `${usual} minutes, a length that grows slowly when practice feels easy.`;
  return { kind, minutes: usual, isFlareDay: false, reason };
}

/** The routine length for a usual practice length: the longest of 5/10/15 not above it, at least 5. */
export function routineLengthFor(minutes: number): RoutineMinutes {
  return [...routineMinuteChoices].reverse().find((choice) => choice <= minutes) ?? 5;
}

/** The practice id a suggestion names: the guided practice of its kind, or the routine of its length. */
export function practiceIdOf(kind: PracticeKind, minutes: number): PracticeId {
  return kind === "yoga-routine" ? routineIdOf(routineLengthFor(minutes)) : guidedPracticeIds[kind];
}
