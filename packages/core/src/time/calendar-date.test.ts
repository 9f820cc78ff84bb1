import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  calendarDaysBetween,
  isCalendarDate,
  isoWeekday,
  isoWeekStart,
} from "./calendar-date.js";

const aDay = fc
  .date({
    min: new Date("1900-01-01T00:00:00Z"),
    max: new Date("2200-01-01T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

describe("calendar day arithmetic", () => {
  it("crosses month, leap day and year ends", () => {
    expect(addCalendarDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addCalendarDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addCalendarDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addCalendarDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addCalendarDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addCalendarDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(calendarDaysBetween("2026-01-01", "2027-01-01")).toBe(365);
  });

  it("does not drift on the nights the clocks change (EU 2026-03-29, US 2026-11-01)", () => {
    expect(addCalendarDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addCalendarDays("2026-03-29", 1)).toBe("2026-03-30");
    expect(addCalendarDays("2026-10-31", 1)).toBe("2026-11-01");
    expect(addCalendarDays("2026-11-01", 1)).toBe("2026-11-02");
    expect(addCalendarDays("2026-11-02", -1)).toBe("2026-11-01");
    expect(calendarDaysBetween("2026-03-28", "2026-03-30")).toBe(2);
  });

  it("agrees with Luxon's local-day arithmetic in zones with DST (property)", () => {
    const zones = ["Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Pacific/Apia"];
    fc.assert(
      fc.property(
        aDay,
        fc.integer({ min: -800, max: 800 }),
        fc.constantFrom(...zones),
        (start, days, zone) => {
          const luxon = DateTime.fromISO(start, { zone }).plus({ days }).toISODate();
          expect(addCalendarDays(start, days)).toBe(luxon);
        },
      ),
    );
  });

  it("refuses text that is no date", () => {
    expect(() => addCalendarDays("2026-13-01", 1)).toThrow(RangeError);
    expect(() => isoWeekStart("someday")).toThrow(RangeError);
    expect(isCalendarDate("2026-03-14")).toBe(true);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("2026-03-32")).toBe(false);
    expect(isCalendarDate("2026-3-14")).toBe(false);
    expect(isCalendarDate("")).toBe(false);
  });

  it("adding n days and counting back gives n (property)", () => {
    fc.assert(
      fc.property(aDay, fc.integer({ min: -5000, max: 5000 }), (start, days) => {
        expect(calendarDaysBetween(start, addCalendarDays(start, days))).toBe(days);
      }),
    );
  });
});

describe("ISO 8601 weeks", () => {
  it("start on the Monday on or before the day", () => {
    expect(isoWeekStart("2026-03-15")).toBe("2026-03-09"); // a Sunday
    expect(isoWeekStart("2026-03-12")).toBe("2026-03-09");
    expect(isoWeekStart("2026-03-09")).toBe("2026-03-09");
    expect(isoWeekStart("2026-03-08")).toBe("2026-03-02");
    expect(isoWeekStart("2027-01-01")).toBe("2026-12-28"); // across a year end
  });

  it("a week start is a Monday at most 6 days before (property)", () => {
    fc.assert(
      fc.property(aDay, (day) => {
        const monday = isoWeekStart(day);
        expect(DateTime.fromISO(monday, { zone: "UTC" }).weekday).toBe(1);
        expect(calendarDaysBetween(monday, day)).toBeGreaterThanOrEqual(0);
        expect(calendarDaysBetween(monday, day)).toBeLessThanOrEqual(6);
      }),
    );
  });

  it("number a day's weekday 1 (Monday) to 7 (Sunday)", () => {
    expect(isoWeekday("2026-03-09")).toBe(1);
    expect(isoWeekday("2026-03-15")).toBe(7);
    expect(isoWeekday("2024-02-29")).toBe(4); // a leap day
    expect(isoWeekday("2026-03-29")).toBe(7); // the night Europe's clocks go forward
    expect(() => isoWeekday("someday")).toThrow(RangeError);
  });

  it("agree with luxon's ISO weekday (property)", () => {
    fc.assert(
      fc.property(aDay, (day) => {
        expect(isoWeekday(day)).toBe(DateTime.fromISO(day, { zone: "UTC" }).weekday);
      }),
    );
  });
});
