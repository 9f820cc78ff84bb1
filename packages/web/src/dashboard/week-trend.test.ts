import type { PainEntry } from "@painplan/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { trendStart, trendSummary, weekTrend } from "./week-trend";

function entry(localDate: string, intensityNow: number): PainEntry {
  return { localDate, intensityNow } as PainEntry;
}

describe("weekTrend", () => {
  test("seven days ending today, oldest first, a day without entries is a gap (null)", () => {
    const days = weekTrend([entry("2026-03-01", 4), entry("2026-03-01", 7)], "2026-03-01");
    expect(days.map((day) => day.localDate)).toEqual([
      "2026-02-23",
      "2026-02-24",
      "2026-02-25",
      "2026-02-26",
      "2026-02-27",
      "2026-02-28",
      "2026-03-01",
    ]);
    expect(days.at(-1)).toEqual({ localDate: "2026-03-01", average: 5.5, entries: 2 });
    expect(days[0]?.average).toBeNull();
  });

  test("entries outside the window are ignored", () => {
    const days = weekTrend([entry("2026-02-22", 9)], "2026-03-01");
    expect(days.every((day) => day.average === null)).toBe(true);
    expect(trendStart("2026-03-01")).toBe("2026-02-23");
  });

  test("every average lies within 0–10 and between the day's lowest and highest score", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 20 }),
        (scores) => {
          const [day] = weekTrend(
            scores.map((score) => entry("2026-03-01", score)),
            "2026-03-01",
          ).slice(-1);
          expect(day?.average).toBeGreaterThanOrEqual(Math.min(...scores) - 0.05);
          expect(day?.average).toBeLessThanOrEqual(Math.max(...scores) + 0.05);
        },
      ),
    );
  });
});

describe("trendSummary", () => {
  test("says the mean over the days with entries and how many days had one", () => {
    const days = weekTrend([entry("2026-03-01", 4), entry("2026-02-28", 6)], "2026-03-01");
    expect(trendSummary(days)).toBe(
      "Average pain now over the last 7 days: 5 out of 10 (entries on 2 of 7 days).",
    );
  });

  test("an empty week is said plainly", () => {
    expect(trendSummary(weekTrend([], "2026-03-01"))).toBe("No entries in the last 7 days yet.");
  });
});
