import { describe, expect, test } from "vitest";
import { stepAnchor, viewOf, windowOf } from "./calendar-window";

describe("calendar windows", () => {
  test("agenda: four weeks from the day; week: Monday to Sunday; month: whole weeks", () => {
    expect(windowOf("agenda", "2026-03-04")).toEqual({ from: "2026-03-04", to: "2026-03-31" });
    expect(windowOf("week", "2026-03-04")).toEqual({ from: "2026-03-02", to: "2026-03-08" });
    expect(windowOf("month", "2026-03-04")).toEqual({ from: "2026-02-23", to: "2026-04-05" });
  });

  test("paging moves by the view's own length; unknown views fall back to the agenda", () => {
    expect(stepAnchor("week", "2026-03-04", 1)).toBe("2026-03-09");
    expect(stepAnchor("month", "2026-01-31", 1)).toBe("2026-02-01");
    expect(stepAnchor("agenda", "2026-03-04", -1)).toBe("2026-02-04");
    expect(viewOf("year")).toBe("agenda");
    expect(viewOf("month")).toBe("month");
  });
});
