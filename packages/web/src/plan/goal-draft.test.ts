import { goalSchema } from "@painplan/core";
import { describe, expect, test } from "vitest";
import { blankGoal, goalOf, goalWords } from "./goal-draft";

describe("goal draft", () => {
  test("a new goal: 30 % less pain in 12 weeks, accepted by core", () => {
    const goal = goalOf(blankGoal("2026-03-02"));
    expect(goal).toEqual({
      kind: "pain-reduction",
      startDate: "2026-03-02",
      targetDate: "2026-05-25",
      targetPercent: 30,
    });
    expect(goalSchema.safeParse(goal).success).toBe(true);
  });

  test("a function goal keeps its text, number and unit; a bad number is refused by core", () => {
    const draft = { ...blankGoal("2026-03-02"), kind: "function" as const, text: "Walk" };
    expect(goalOf(draft)).toMatchObject({ text: "Walk", target: 20, unit: "minutes" });
    expect(goalSchema.safeParse(goalOf({ ...draft, target: "lots" })).success).toBe(false);
  });

  test("goals read as plain words with their units", () => {
    const words = (goal: Parameters<typeof goalWords>[0]) => goalWords(goal, (day) => day);
    expect(words(goalOf({ ...blankGoal("2026-03-02"), kind: "sessions-attended" }))).toBe(
      "6 sessions by 2026-05-25",
    );
    expect(words(goalOf({ ...blankGoal("2026-03-02"), kind: "practice-minutes" }))).toBe(
      "Practise 60 minutes a week until 2026-05-25",
    );
  });
});
