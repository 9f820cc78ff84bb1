import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays } from "../time/calendar-date.js";
import { measureConsistency, type ConsistencyInput } from "./consistency.js";

const base: ConsistencyInput = {
  today: "2026-03-12",
  days: 14,
  minutesByDate: new Map(),
  flareDates: new Set(),
  pauseDates: new Set(),
  targetDaysPerWeek: 3,
};

describe("consistency excuses flare and pause days (issue 15)", () => {
  it("counts practised days over the days that count", () => {
    const result = measureConsistency({
      ...base,
      minutesByDate: new Map([
        ["2026-03-12", 5],
        ["2026-03-10", 3],
        ["2026-03-01", 4],
        ["2026-02-20", 9],
      ]),
      flareDates: new Set(["2026-03-11", "2026-03-10"]),
      pauseDates: new Set(["2026-03-05", "2026-03-06"]),
    });
    expect(result).toMatchObject({
      from: "2026-02-27",
      to: "2026-03-12",
      practiceDays: 3,
      excusedDays: 3,
      countedDays: 11,
      minutesThisWeek: 8,
    });
    expect(result.share).toBeCloseTo(3 / 11);
    expect(result.summary).toContain("3 flare or pause days were rest days");
  });

  it("never lowers the share when a day without practice becomes a flare day", () => {
    const dates = Array.from({ length: 28 }, (_, index) => addCalendarDays("2026-03-28", -index));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...dates)),
        fc.uniqueArray(fc.constantFrom(...dates)),
        fc.constantFrom(...dates),
        (practised, flares, extra) => {
          const input = {
            ...base,
            today: "2026-03-28",
            days: 28,
            minutesByDate: new Map(practised.map((date) => [date, 5])),
            flareDates: new Set(flares),
          };
          const before = measureConsistency(input);
          const after = measureConsistency({ ...input, flareDates: new Set([...flares, extra]) });
          expect(after.share).toBeGreaterThanOrEqual(before.share);
          expect(after.share).toBeLessThanOrEqual(1);
          expect(after.practiceDays + after.excusedDays).toBeLessThanOrEqual(28);
        },
      ),
    );
  });

  it("is 1 when every day was excused, and kind when nothing was done", () => {
    const allFlare = new Set(
      Array.from({ length: 7 }, (_, index) => addCalendarDays("2026-03-12", -index)),
    );
    expect(measureConsistency({ ...base, days: 7, flareDates: allFlare }).share).toBe(1);
    expect(measureConsistency(base).summary).toMatch(/whenever you are ready/i);
  });
});
