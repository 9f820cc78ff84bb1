import { describe, expect, it } from "vitest";
import { goalSchema } from "./goal.schema.js";
import {
  itemScheduleSchema,
  occurrenceExceptionSchema,
  planPauseSchema,
} from "./schedule.schema.js";

const schedule = {
  cadence: { kind: "weekly", interval: 2, days: ["TU"] },
  startDate: "2026-03-03",
  timeOfDay: "10:00",
  durationMinutes: 60,
  end: { kind: "never" },
};

function pathsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return result.error?.issues.map((issue) => issue.path.join(".")) ?? [];
}

describe("itemScheduleSchema", () => {
  it("accepts a schedule of each cadence", () => {
    for (const cadence of [
      { kind: "daily", interval: 1 },
      { kind: "weekly", interval: 1, days: ["MO", "TH"] },
      { kind: "monthly", interval: 3 },
      { kind: "rrule", rrule: "FREQ=MONTHLY;BYDAY=1MO" },
      { kind: "after-last-held", intervalWeeks: 2 },
    ]) {
      expect(itemScheduleSchema.safeParse({ ...schedule, cadence }).success).toBe(true);
    }
  });

  it.each([
    [{ durationMinutes: 0 }, "durationMinutes"],
    [{ durationMinutes: 481 }, "durationMinutes"],
    [{ durationMinutes: 30.5 }, "durationMinutes"],
    [{ timeOfDay: "24:00" }, "timeOfDay"],
    [{ startDate: "2026-02-30" }, "startDate"],
    [{ cadence: { kind: "weekly", interval: 1, days: [] } }, "cadence.days"],
    [{ cadence: { kind: "weekly", interval: 1, days: ["MO", "MO"] } }, "cadence.days"],
    [{ cadence: { kind: "daily", interval: 0 } }, "cadence.interval"],
    [{ cadence: { kind: "hourly" } }, "cadence.kind"],
    [{ end: { kind: "count", count: 0 } }, "end.count"],
    [{ extra: true }, ""],
  ])("refuses %j at %s", (change, path) => {
    expect(pathsOf(itemScheduleSchema.safeParse({ ...schedule, ...change }))).toEqual([path]);
  });
});

describe("exceptions and pauses", () => {
  it("needs the new time of a moved session", () => {
    expect(
      pathsOf(
        occurrenceExceptionSchema.safeParse({ originalStart: "2026-03-03T10:00", kind: "moved" }),
      ),
    ).toEqual(["movedTo"]);
    expect(
      occurrenceExceptionSchema.safeParse({
        originalStart: "2026-03-03T10:00",
        kind: "moved",
        movedTo: "2026-03-04T10:00",
      }).success,
    ).toBe(true);
  });

  it("refuses a pause that ends before it starts, and control characters in its reason", () => {
    expect(
      pathsOf(
        planPauseSchema.safeParse({ from: "2026-03-10", until: "2026-03-09", reason: "flare" }),
      ),
    ).toEqual(["until"]);
    expect(
      pathsOf(
        planPauseSchema.safeParse({ from: "2026-03-10", until: "2026-03-10", reason: "a\u0007" }),
      ),
    ).toEqual(["reason"]);
  });
});

describe("goalSchema", () => {
  const dates = { startDate: "2026-03-01", targetDate: "2026-05-31" };

  it("accepts each kind of goal", () => {
    for (const goal of [
      { kind: "pain-reduction", ...dates, targetPercent: 30 },
      { kind: "peg", ...dates, targetScore: 4 },
      { kind: "function", ...dates, text: " Walk to the shop ", target: 20, unit: "minutes" },
      { kind: "practice-minutes", ...dates, minutesPerWeek: 60 },
      { kind: "sessions-attended", ...dates, sessions: 6 },
    ]) {
      expect(goalSchema.safeParse(goal).success).toBe(true);
    }
  });

  it("refuses a target date on or before the start, and out-of-range targets", () => {
    expect(
      pathsOf(
        goalSchema.safeParse({
          kind: "peg",
          startDate: "2026-03-01",
          targetDate: "2026-03-01",
          targetScore: 4,
        }),
      ),
    ).toEqual(["targetDate"]);
    expect(pathsOf(goalSchema.safeParse({ kind: "peg", ...dates, targetScore: 11 }))).toEqual([
      "targetScore",
    ]);
    expect(
      pathsOf(
        goalSchema.safeParse({
          kind: "function",
          ...dates,
          text: " ",
          target: 20,
          unit: "minutes",
        }),
      ),
    ).toEqual(["text"]);
  });
});
