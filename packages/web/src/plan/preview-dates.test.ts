import type { ItemSchedule } from "@painplan/core";
import { describe, expect, test } from "vitest";
import { previewDates } from "./preview-dates";

const base: ItemSchedule = {
  cadence: { kind: "weekly", interval: 2, days: ["TU"] },
  startDate: "2026-03-03",
  timeOfDay: "10:00",
  durationMinutes: 60,
  end: { kind: "never" },
};

describe("preview of the next sessions", () => {
  test("every 2 weeks on Tuesday, from a Tuesday", () => {
    expect(previewDates(base)).toEqual([
      "2026-03-03",
      "2026-03-17",
      "2026-03-31",
      "2026-04-14",
      "2026-04-28",
    ]);
  });

  test("twice a week starting mid-week skips the days before the start", () => {
    const twice: ItemSchedule = {
      ...base,
      startDate: "2026-03-04",
      cadence: { kind: "weekly", interval: 1, days: ["MO", "TH"] },
    };
    expect(previewDates(twice)).toEqual([
      "2026-03-05",
      "2026-03-09",
      "2026-03-12",
      "2026-03-16",
      "2026-03-19",
    ]);
  });

  test("monthly on the 31st skips shorter months; count and until end the list", () => {
    const monthly: ItemSchedule = {
      ...base,
      startDate: "2026-01-31",
      cadence: { kind: "monthly", interval: 1 },
    };
    expect(previewDates(monthly)).toEqual([
      "2026-01-31",
      "2026-03-31",
      "2026-05-31",
      "2026-07-31",
      "2026-08-31",
    ]);
    expect(previewDates({ ...base, end: { kind: "count", count: 2 } })).toHaveLength(2);
    expect(previewDates({ ...base, end: { kind: "until", date: "2026-03-20" } })).toEqual([
      "2026-03-03",
      "2026-03-17",
    ]);
  });

  test("a custom rule is left to the calendar", () => {
    expect(
      previewDates({ ...base, cadence: { kind: "rrule", rrule: "FREQ=DAILY" } }),
    ).toBeUndefined();
  });
});
