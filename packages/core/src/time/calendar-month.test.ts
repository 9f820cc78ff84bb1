import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addCalendarDays } from "./calendar-date.js";
import { monthStartAfter, monthStartOf, monthWeeks, weekDays } from "./calendar-month.js";

describe("calendar weeks and months", () => {
  test("a week is Monday to Sunday", () => {
    expect(weekDays("2026-03-04")).toEqual([
      "2026-03-02",
      "2026-03-03",
      "2026-03-04",
      "2026-03-05",
      "2026-03-06",
      "2026-03-07",
      "2026-03-08",
    ]);
  });

  test("months step from their first day, across year ends", () => {
    expect(monthStartOf("2026-03-14")).toBe("2026-03-01");
    expect(monthStartAfter("2026-12-15", 1)).toBe("2027-01-01");
    expect(monthStartAfter("2026-01-31", 1)).toBe("2026-02-01");
    expect(monthStartAfter("2026-01-31", -1)).toBe("2025-12-01");
  });

  test("a month's weeks cover each of its days once, in whole weeks", () => {
    const weeks = monthWeeks("2026-02-14");
    expect(weeks[0]?.[0]).toBe("2026-01-26");
    expect(weeks.flat().filter((day) => day.startsWith("2026-02"))).toHaveLength(28);
  });

  test("property: every month view holds the whole month in 4 to 6 weeks", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 2100 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const month = `${y}-${String(m).padStart(2, "0")}`;
        const weeks = monthWeeks(`${month}-15`);
        const days = weeks.flat();
        const inMonth = days.filter((day) => day.startsWith(month));
        expect(new Set(days).size).toBe(days.length);
        expect(weeks.length).toBeGreaterThanOrEqual(4);
        expect(weeks.length).toBeLessThanOrEqual(6);
        expect(inMonth[0]).toBe(`${month}-01`);
        expect(addCalendarDays(inMonth.at(-1) ?? "", 1)).toBe(monthStartAfter(`${month}-01`, 1));
      }),
    );
  });
});
