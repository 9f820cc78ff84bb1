import { describe, expect, test } from "vitest";
import { agoWords } from "./ago-words";

describe("how long ago, in words", () => {
  const today = "2026-11-30";

  test("days, then weeks, months and years", () => {
    expect(agoWords("2026-11-30", today)).toBe("today");
    expect(agoWords("2026-11-29", today)).toBe("yesterday");
    expect(agoWords("2026-11-25", today)).toBe("5 days ago");
    expect(agoWords("2026-11-09", today)).toBe("3 weeks ago");
    expect(agoWords("2026-08-30", today)).toBe("3 months ago");
    expect(agoWords("2026-08-31", today)).toBe("2 months ago");
    expect(agoWords("2025-11-30", today)).toBe("1 year ago");
    expect(agoWords("2024-06-01", today)).toBe("2 years ago");
  });

  test("months until a later point when asked (the admin's queue: a year is its limit)", () => {
    const untilTwoYears = { monthsUntil: 24 };
    expect(agoWords("2025-09-29", today, untilTwoYears)).toBe("14 months ago");
    expect(agoWords("2025-11-30", today, untilTwoYears)).toBe("12 months ago");
    expect(agoWords("2024-11-30", today, untilTwoYears)).toBe("2 years ago");
    expect(agoWords("2026-11-25", today, untilTwoYears)).toBe("5 days ago");
  });

  test("a day after today is not 'in the future' for something already done", () => {
    expect(agoWords("2026-12-01", today)).toBe("today");
  });
});
