import type { Goal, GoalProgressResult } from "@painplan/core";
import { describe, expect, test } from "vitest";
import { goalProgressWords } from "./goal-progress-words";

const painGoal: Goal = {
  kind: "pain-reduction",
  startDate: "2026-03-02",
  targetDate: "2026-05-25",
  targetPercent: 30,
};
const progress: GoalProgressResult = {
  status: "on-track",
  band: "moderate",
  points: 2,
  percent: 33.33,
  baseline: 6,
  current: 4,
  evaluatedOn: "2026-04-01",
};

describe("goal progress in words", () => {
  test("pain: raw points beside the percentage, and the IMMPACT band", () => {
    expect(goalProgressWords(painGoal, progress)).toEqual([
      "Average pain (0–10): 6 at the start, 4 now",
      "2 points lower (33.3 %)",
      "That is a change most people notice (IMMPACT “moderate”: 30 % or more).",
    ]);
  });

  test("worse pain is said plainly; a 0 baseline gives no percentage", () => {
    const worse = {
      ...progress,
      band: "worsening",
      points: -1,
      percent: -25,
      current: 5,
      baseline: 4,
    } as const;
    expect(goalProgressWords(painGoal, worse)[1]).toBe("1 point higher (25 %)");
    const zero = { ...progress, band: null, points: -2, percent: null, baseline: 0, current: 2 };
    expect(goalProgressWords(painGoal, zero)).toContain("No percentage: the starting point is 0.");
    const none = { ...progress, band: null, points: null, percent: null, baseline: null };
    expect(goalProgressWords(painGoal, none)).toHaveLength(1);
  });

  test("sessions: the amount reached of the target", () => {
    const goal: Goal = { ...painGoal, kind: "sessions-attended", sessions: 6 };
    const held = { ...progress, band: null, points: 3, percent: 50, baseline: null, current: null };
    expect(goalProgressWords(goal, held)).toEqual(["3 of 6 sessions (50 %)"]);
  });
});
