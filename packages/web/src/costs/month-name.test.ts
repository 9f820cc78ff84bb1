import { describe, expect, it } from "vitest";
import { monthName } from "./month-name";

describe("monthName", () => {
  it("names a calendar month in words", () => {
    expect(monthName("2026-03")).toBe("March 2026");
    expect(monthName("2025-12")).toBe("December 2025");
  });
});
