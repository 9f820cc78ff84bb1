import { describe, expect, it } from "vitest";
import { periodMonths } from "./spend-period";

describe("periodMonths", () => {
  it("gives the months of each period from the person's today", () => {
    expect(periodMonths("last-12-months", "2026-03-29")).toEqual({
      from: "2025-04",
      to: "2026-03",
    });
    expect(periodMonths("this-year", "2026-03-29")).toEqual({ from: "2026-01", to: "2026-03" });
    expect(periodMonths("last-year", "2026-03-29")).toEqual({ from: "2025-01", to: "2025-12" });
    expect(periodMonths("last-5-years", "2026-03-29")).toEqual({ from: "2022-01", to: "2026-03" });
  });

  it("counts 12 months back across a year's end, and from the first of a long month", () => {
    expect(periodMonths("last-12-months", "2026-01-31")).toEqual({
      from: "2025-02",
      to: "2026-01",
    });
    expect(periodMonths("last-12-months", "2026-12-01")).toEqual({
      from: "2026-01",
      to: "2026-12",
    });
  });
});
