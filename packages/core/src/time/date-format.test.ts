import { describe, expect, it } from "vitest";
import {
  formatCalendarDate,
  formatDateIn,
  formatDateTimeIn,
  previousCalendarDate,
} from "./date-format.js";

describe("dates in words, in the person's zone", () => {
  it("a calendar date is the same day whatever zone the machine is in", () => {
    expect(formatCalendarDate("2026-03-02")).toBe("2 March 2026");
    expect(formatCalendarDate("2026-03-02", { withWeekday: true })).toBe("Monday 2 March 2026");
    expect(formatCalendarDate("2026-01-01")).toBe("1 January 2026");
    expect(() => formatCalendarDate("yesterday")).toThrow(RangeError);
  });

  it("the day before crosses months, leap days and years", () => {
    expect(previousCalendarDate("2026-03-01")).toBe("2026-02-28");
    expect(previousCalendarDate("2028-03-01")).toBe("2028-02-29");
    expect(previousCalendarDate("2026-01-01")).toBe("2025-12-31");
  });

  it("an instant is dated on the person's calendar: Auckland is already on the 30th", () => {
    // 13:56 UTC on 29 November 2026 is 02:56 on the 30th in Auckland (NZDT, +13).
    expect(formatDateIn("2026-11-29T13:56:00.000Z", "Pacific/Auckland")).toBe("30 November 2026");
    expect(formatDateIn("2026-11-29T13:56:00.000Z", "America/Los_Angeles")).toBe(
      "29 November 2026",
    );
    expect(formatDateTimeIn("2026-11-29T13:56:00.000Z", "Pacific/Auckland")).toBe(
      "30 November 2026, 02:56",
    );
    expect(formatDateTimeIn("2026-03-01T07:30:00.000Z", "Asia/Kathmandu")).toBe(
      "1 March 2026, 13:15",
    );
  });
});
