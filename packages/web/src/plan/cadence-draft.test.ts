import { describe, expect, test } from "vitest";
import { cadenceOf, draftOf, switchChoice, weekdayOf, type CadenceDraft } from "./cadence-draft";

describe("cadence picker", () => {
  test("weekdays of calendar dates", () => {
    expect(weekdayOf("2026-03-02")).toBe("MO");
    expect(weekdayOf("2026-03-08")).toBe("SU");
    expect(weekdayOf("2024-02-29")).toBe("TH");
  });

  test("every 2 weeks with no day chosen falls on the start's weekday", () => {
    expect(cadenceOf({ choice: "weekly", weeks: 2, days: [] }, "2026-03-03")).toEqual({
      kind: "weekly",
      interval: 2,
      days: ["TU"],
    });
  });

  test("chosen days are kept in week order, without repeats", () => {
    expect(cadenceOf({ choice: "days-of-week", days: ["FR", "MO", "FR"] }, "2026-03-03")).toEqual({
      kind: "weekly",
      interval: 1,
      days: ["MO", "FR"],
    });
  });

  test("each choice maps to core's cadence and back", () => {
    const drafts: CadenceDraft[] = [
      { choice: "daily" },
      { choice: "weekly", weeks: 3, days: ["WE"] },
      { choice: "days-of-week", days: ["MO", "TH"] },
      { choice: "monthly" },
      { choice: "after-last-held", weeks: 2 },
      { choice: "custom", rrule: "FREQ=DAILY;INTERVAL=3" },
    ];
    for (const draft of drafts) expect(draftOf(cadenceOf(draft, "2026-03-02"))).toEqual(draft);
  });

  test("switching choice keeps the days and weeks already chosen", () => {
    const weekly: CadenceDraft = { choice: "weekly", weeks: 3, days: ["SA"] };
    expect(switchChoice(weekly, "days-of-week")).toEqual({ choice: "days-of-week", days: ["SA"] });
    expect(switchChoice(weekly, "after-last-held")).toEqual({
      choice: "after-last-held",
      weeks: 3,
    });
    expect(switchChoice({ choice: "daily" }, "weekly")).toEqual({
      choice: "weekly",
      weeks: 2,
      days: [],
    });
  });
});
