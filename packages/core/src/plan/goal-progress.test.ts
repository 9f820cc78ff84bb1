import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays } from "../time/calendar-date.js";
import type { Goal } from "./goal.schema.js";
import { goalProgress, immpactBand, meanDailyPain, type DailyPainInput } from "./goal-progress.js";

const painGoal: Goal = {
  kind: "pain-reduction",
  startDate: "2026-03-08",
  targetDate: "2026-05-31",
  targetPercent: 30,
};

/** Daily pain `value` on each local day from `from` for `days` days. */
function days(from: string, count: number, value: number): DailyPainInput[] {
  return Array.from({ length: count }, (_, index) => ({
    localDate: addCalendarDays(from, index),
    intensity: value,
  }));
}

describe("IMMPACT bands (REFERENCE.md §2.1 Dworkin 2008, §2.5)", () => {
  it.each([
    [55, "substantial"],
    [50, "substantial"],
    [49.9, "moderate"],
    [30, "moderate"],
    [29.9, "minimal"],
    [10, "minimal"],
    [9.9, "none"],
    [0, "none"],
    [-5, "worsening"],
  ] as const)("%s %% is %s", (percent, band) => {
    expect(immpactBand(percent)).toBe(band);
  });
});

describe("goalProgress: pain reduction (REFERENCE.md §2.5 baseline and percent change)", () => {
  it("§2.5: baseline is the mean of daily pain on the 7 local days before the start", () => {
    // Two ratings on 1 March average to 7; the day before the window and the start day don't count.
    const pain = [
      { localDate: "2026-02-28", intensity: 10 },
      { localDate: "2026-03-01", intensity: 6 },
      { localDate: "2026-03-01", intensity: 8 },
      ...days("2026-03-02", 6, 5),
      { localDate: "2026-03-08", intensity: 0 },
    ];
    expect(meanDailyPain(pain, "2026-03-01", "2026-03-07")).toBeCloseTo((7 + 6 * 5) / 7);
    expect(goalProgress(painGoal, { pain }, "2026-03-05")).toMatchObject({
      status: "not-started",
      baseline: 5.29,
      percent: undefined,
    });
  });

  it("§2.1: a 40 % decrease is moderate, with raw points beside the percent; on track below target", () => {
    const pain = [...days("2026-03-01", 7, 6), ...days("2026-03-08", 30, 3.6)];
    const progress = goalProgress({ ...painGoal, targetPercent: 50 }, { pain }, "2026-04-06");
    expect(progress).toEqual({
      status: "on-track",
      band: "moderate",
      points: 2.4,
      percent: 40,
      baseline: 6,
      current: 3.6,
      evaluatedOn: "2026-04-06",
    });
  });

  it("§2.1: achieved at the target percent, substantial at 50 %", () => {
    const pain = [...days("2026-03-01", 7, 8), ...days("2026-03-08", 30, 4)];
    expect(goalProgress(painGoal, { pain }, "2026-04-06")).toMatchObject({
      status: "achieved",
      band: "substantial",
      points: 4,
      percent: 50,
    });
  });

  it("missed after the target date, measured on the 7 days ending on the target date", () => {
    const pain = [
      ...days("2026-03-01", 7, 6),
      ...days("2026-03-08", 85, 5.5),
      ...days("2026-06-01", 10, 1),
    ];
    const progress = goalProgress(painGoal, { pain }, "2026-06-10");
    expect(progress).toMatchObject({
      status: "missed",
      band: "none",
      evaluatedOn: "2026-05-31",
      current: 5.5,
    });
  });

  it("§2.1 worsening: any increase", () => {
    const pain = [...days("2026-03-01", 7, 4), ...days("2026-03-08", 7, 5)];
    expect(goalProgress(painGoal, { pain }, "2026-03-14").band).toBe("worsening");
  });

  it("§2.5: no percentage when the baseline is 0 or missing", () => {
    const zero = [...days("2026-03-01", 7, 0), ...days("2026-03-08", 7, 2)];
    expect(goalProgress(painGoal, { pain: zero }, "2026-03-14")).toMatchObject({
      status: "on-track",
      baseline: 0,
      percent: undefined,
      band: undefined,
      points: -2,
    });
    expect(goalProgress(painGoal, { pain: days("2026-03-08", 7, 2) }, "2026-03-14")).toMatchObject({
      baseline: undefined,
      percent: undefined,
      points: undefined,
    });
    expect(goalProgress(painGoal, {}, "2026-06-14").status).toBe("missed");
  });

  it("property: the percent is (baseline − current) / baseline × 100 and its band matches", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        (before, after) => {
          const pain = [...days("2026-03-01", 7, before), ...days("2026-03-08", 7, after)];
          const progress = goalProgress(painGoal, { pain }, "2026-03-14");
          const percent = Math.round(((before - after) / before) * 1000) / 10;
          expect(progress.percent).toBe(percent);
          expect(progress.points).toBe(before - after);
          expect(progress.band).toBe(immpactBand(percent));
          expect(progress.status).toBe(percent >= 30 ? "achieved" : "on-track");
        },
      ),
    );
  });
});

describe("goalProgress: PEG, function, practice and sessions", () => {
  const dates = { startDate: "2026-03-01", targetDate: "2026-04-30" };

  it("PEG (REFERENCE.md §1.2, §2.4): last score before the start against the last since", () => {
    const peg = [
      { localDate: "2026-02-20", score: 7 },
      { localDate: "2026-03-10", score: 5 },
      { localDate: "2026-03-20", score: 4 },
    ];
    expect(
      goalProgress({ kind: "peg", ...dates, targetScore: 4 }, { peg }, "2026-03-25"),
    ).toMatchObject({
      status: "achieved",
      baseline: 7,
      current: 4,
      points: 3,
      percent: 42.9,
      band: undefined,
    });
  });

  it("function goal: the best logged amount since the start", () => {
    const goal: Goal = { kind: "function", ...dates, text: "Walk", target: 20, unit: "minutes" };
    const functionChecks = [
      { localDate: "2026-02-27", value: 25 },
      { localDate: "2026-03-05", value: 10 },
      { localDate: "2026-03-09", value: 15 },
    ];
    expect(goalProgress(goal, { functionChecks }, "2026-03-10")).toMatchObject({
      status: "on-track",
      points: 15,
      percent: 75,
    });
    expect(
      goalProgress(
        goal,
        { functionChecks: [...functionChecks, { localDate: "2026-03-10", value: 20 }] },
        "2026-03-10",
      ).status,
    ).toBe("achieved");
  });

  it("practice minutes: the 7 local days ending today against the weekly target", () => {
    const goal: Goal = { kind: "practice-minutes", ...dates, minutesPerWeek: 60 };
    const practiceMinutes = [
      { localDate: "2026-03-02", minutes: 30 },
      { localDate: "2026-03-09", minutes: 20 },
      { localDate: "2026-03-10", minutes: 20 },
    ];
    expect(goalProgress(goal, { practiceMinutes }, "2026-03-10")).toMatchObject({
      status: "on-track",
      points: 40,
    });
    expect(goalProgress(goal, { practiceMinutes }, "2026-03-08")).toMatchObject({
      points: 30,
      percent: 50,
    });
  });

  it("sessions attended: held sessions between start and target date", () => {
    const goal: Goal = { kind: "sessions-attended", ...dates, sessions: 2 };
    const sessionsHeld = [
      { localDate: "2026-02-01" },
      { localDate: "2026-03-03" },
      { localDate: "2026-05-03" },
    ];
    expect(goalProgress(goal, { sessionsHeld }, "2026-05-10")).toMatchObject({
      status: "missed",
      points: 1,
      percent: 50,
    });
    expect(goalProgress(goal, { sessionsHeld }, "2026-02-10").status).toBe("not-started");
  });
});
