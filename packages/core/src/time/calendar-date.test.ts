import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, calendarDaysBetween } from "./calendar-date.js";

describe("calendar day arithmetic", () => {
  it("crosses month, leap day and year ends", () => {
    expect(addCalendarDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addCalendarDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addCalendarDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addCalendarDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(calendarDaysBetween("2026-01-01", "2027-01-01")).toBe(365);
  });

  it("refuses text that is no date", () => {
    expect(() => addCalendarDays("2026-13-01", 1)).toThrow(RangeError);
  });

  it("adding n days and counting back gives n (property)", () => {
    const day = fc
      .date({
        min: new Date("1900-01-01T00:00:00Z"),
        max: new Date("2200-01-01T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -5000, max: 5000 }), (start, days) => {
        expect(calendarDaysBetween(start, addCalendarDays(start, days))).toBe(days);
      }),
    );
  });
});
