import { goalSchema, type Goal } from "@painplan/core";
import { describe, expect, test } from "vitest";
import { goalOf } from "./goal-draft";
import { goalDraftOf } from "./edit-goal-draft";

const dates = { startDate: "2026-03-02", targetDate: "2026-05-25" };
const goals: Goal[] = [
  { kind: "pain-reduction", ...dates, targetPercent: 45 },
  { kind: "peg", ...dates, targetScore: 3.5 },
  { kind: "function", ...dates, text: "walk", target: 20, unit: "minutes" },
  { kind: "practice-minutes", ...dates, minutesPerWeek: 90 },
  { kind: "sessions-attended", ...dates, sessions: 8 },
];

describe("changing a saved goal", () => {
  test.each(goals)("a $kind goal round-trips through the form unchanged", (goal) => {
    const again = goalOf(goalDraftOf(goal));
    expect(again).toEqual(goal);
    expect(goalSchema.safeParse(again).success).toBe(true);
  });

  test("a changed number is what gets sent", () => {
    const pain: Goal = { kind: "pain-reduction", ...dates, targetPercent: 45 };
    const draft = { ...goalDraftOf(pain), targetPercent: "30" };
    expect(goalOf(draft)).toEqual({ ...pain, targetPercent: 30 });
  });
});
