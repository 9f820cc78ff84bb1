import { describe, expect, it } from "vitest";
import { weekdayOf } from "./weekday-of.js";

describe("weekdayOf", () => {
  it("names a calendar date's weekday as an RFC 5545 BYDAY code", () => {
    expect(weekdayOf("2026-03-02")).toBe("MO");
    expect(weekdayOf("2026-03-08")).toBe("SU");
    expect(weekdayOf("2024-02-29")).toBe("TH");
    expect(weekdayOf("2026-11-01")).toBe("SU"); // the night US clocks go back
  });

  it("refuses text that is no date", () => {
    expect(() => weekdayOf("")).toThrow(RangeError);
  });
});
