import { describe, expect, it } from "vitest";
import { planLimits } from "./plan-limits.js";
import type { ItemSchedule } from "./schedule.schema.js";
import { validateSchedule, validItemScheduleSchema } from "./validate-schedule.js";

const base: ItemSchedule = {
  cadence: { kind: "weekly", interval: 2, days: ["TU"] },
  startDate: "2026-03-03",
  timeOfDay: "10:00",
  durationMinutes: 60,
  end: { kind: "never" },
};

const pathsOf = (schedule: ItemSchedule) => validateSchedule(schedule).map((each) => each.path);

describe("validateSchedule (issue 11 'Bad input')", () => {
  it("accepts a valid schedule of each cadence", () => {
    expect(validateSchedule(base)).toEqual([]);
    expect(validateSchedule({ ...base, cadence: { kind: "daily", interval: 1 } })).toEqual([]);
    expect(validateSchedule({ ...base, cadence: { kind: "monthly", interval: 1 } })).toEqual([]);
    expect(
      validateSchedule({ ...base, cadence: { kind: "rrule", rrule: "FREQ=MONTHLY;BYDAY=1MO" } }),
    ).toEqual([]);
    expect(
      validateSchedule({ ...base, cadence: { kind: "after-last-held", intervalWeeks: 2 } }),
    ).toEqual([]);
  });

  it("refuses a duration of 0 or more than 8 hours", () => {
    expect(pathsOf({ ...base, durationMinutes: 0 })).toEqual(["durationMinutes"]);
    expect(pathsOf({ ...base, durationMinutes: 481 })).toEqual(["durationMinutes"]);
    expect(pathsOf({ ...base, durationMinutes: 480 })).toEqual([]);
  });

  it.each([
    ["FREQ=FOO", "not valid"],
    ["BYDAY=MO", "FREQ"],
    ["FREQ=WEEKLY;INTERVAL=0", "not valid"],
    ["FREQ=WEEKLY;BYDAY=XX", "not valid"],
    ["FREQ=WEEKLY;FOO=1", "not a part"],
    ["FREQ=HOURLY", "at most daily"],
    ["FREQ=WEEKLY;COUNT=3", "end field"],
    ["FREQ=WEEKLY;BYHOUR=9", "time-of-day"],
    ["FREQ=WEEKLY;BYDAY=MO,TU;BYSETPOS=1", "BYSETPOS"],
    ["FREQ=WEEKLY;BYMONTHDAY=40", "not valid"],
    ["FREQ=WEEKLY;BYMONTHDAY=1", "not valid"],
    ["FREQ=WEEKLY;BYDAY=1MO", "numbered BYDAY"],
    ["FREQ=MONTHLY;BYMONTHDAY=-1", "from the start"],
    ["FREQ=YEARLY;BYDAY=FR;BYMONTHDAY=13", "not both"],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "No chosen month"],
    ["FREQ=YEARLY;BYMONTH=3;BYDAY=7MO", "BYDAY"],
  ])("refuses the custom rule %s", (rrule, words) => {
    const problems = validateSchedule({ ...base, cadence: { kind: "rrule", rrule } });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe("cadence.rrule");
    expect(problems[0]?.message).toContain(words);
  });

  it("refuses an end before the start, with a path under a prefix", () => {
    const problems = validateSchedule(
      { ...base, end: { kind: "until", date: "2026-03-02" } },
      "items.0.schedule",
    );
    expect(problems.map((each) => each.path)).toEqual(["items.0.schedule.end.date"]);
    expect(problems[0]?.message).toContain("on or after the start date");
  });

  it("refuses a schedule with more than the documented maximum of sessions", () => {
    expect(
      pathsOf({
        ...base,
        end: { kind: "count", count: planLimits.maxOccurrencesPerExpansion + 1 },
      }),
    ).toEqual(["end.count"]);
    expect(
      pathsOf({
        ...base,
        cadence: { kind: "daily", interval: 1 },
        end: { kind: "until", date: "2046-01-01" },
      }),
    ).toEqual(["end"]);
  });

  it("refuses a rule that gives no session", () => {
    expect(
      pathsOf({
        ...base,
        cadence: { kind: "weekly", interval: 1, days: ["MO"] },
        end: { kind: "until", date: "2026-03-08" },
      }),
    ).toEqual(["cadence"]);
    expect(
      pathsOf({ ...base, cadence: { kind: "rrule", rrule: "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30" } }),
    ).toEqual(["cadence"]);
  });

  it("reports the same problems through validItemScheduleSchema", () => {
    const result = validItemScheduleSchema.safeParse({
      ...base,
      end: { kind: "until", date: "2026-01-01" },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["end.date"]);
  });
});
