import type { Goal } from "./goal.schema.js";

/** The largest amount one check-off may hold: the same bound as a function goal's `target`. */
export const goalCheckValueMax = 1_000_000;

/** Why a check-off cannot be kept, and which request field it is about. */
export type GoalCheckProblem = { path: "goalId" | "localDate" | "value"; message: string };

/**
 * Whether a person may record `value` (in the goal's unit) for `goal` on the local day
 * `localDate`, when it is `today` in their zone (issue 11: a function goal is "checked off"
 * with the amount done on a day, such as "walked 15 minutes"). Problems, in this order:
 * - the goal is not a function goal (`goalId`): only function goals have a target and unit;
 * - `value` is not a finite number above 0 or is above `goalCheckValueMax` (`value`);
 * - `localDate` is after `today` (`localDate`): nobody has done tomorrow's walk yet;
 * - `localDate` is before the goal's `startDate` (`localDate`): `goalProgress` would never
 *   count it.
 * Undefined when the check-off can be kept. Pure: `today` is the caller's local day.
 */
export function goalCheckProblem(
  goal: Goal,
  check: { localDate: string; value: number },
  today: string,
): GoalCheckProblem | undefined {
  if (goal.kind !== "function") {
    return { path: "goalId", message: "Only a function goal is checked off with an amount." };
  }
  if (!Number.isFinite(check.value) || check.value <= 0) {
    return { path: "value", message: "The amount is more than 0." };
  }
  if (check.value > goalCheckValueMax) {
    return { path: "value", message: "The amount is at most 1,000,000." };
  }
  if (check.localDate > today) {
    return { path: "localDate", message: "Choose today or an earlier day." };
  }
  if (check.localDate < goal.startDate) {
    return {
      path: "localDate",
      message: `This goal starts on ${goal.startDate}; choose that day or a later one.`,
    };
  }
  return undefined;
}
