import { describe, expect, it } from "vitest";
import { elapsedWholeDays, instantPlusDays } from "./elapsed-days.js";

describe("days of elapsed time", () => {
  it("moves an instant by whole 24-hour periods", () => {
    expect(instantPlusDays("2026-03-01T10:00:00Z", 7)).toBe("2026-03-08T10:00:00.000Z");
    expect(instantPlusDays(new Date("2026-03-01T10:00:00Z"), -1)).toBe("2026-02-28T10:00:00.000Z");
    expect(() => instantPlusDays("not a time", 1)).toThrow(RangeError);
  });

  it("is elapsed time, not a local day: across Paris's spring-forward the wall clock shows 11:00", () => {
    // 2026-03-28 10:00 in Paris is 09:00Z (CET); 24 hours later it is 11:00 CEST on 2026-03-29.
    const later = instantPlusDays("2026-03-28T09:00:00Z", 1);
    expect(later).toBe("2026-03-29T09:00:00.000Z");
    const wall = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Paris",
      hour: "2-digit",
      minute: "2-digit",
    }).format(new Date(later));
    expect(wall).toBe("11:00");
  });

  it("counts whole days between instants, rounded down", () => {
    expect(elapsedWholeDays("2026-03-01T10:00:00Z", "2026-03-13T09:59:59Z")).toBe(11);
    expect(elapsedWholeDays("2026-03-01T10:00:00Z", new Date("2026-03-13T10:00:00Z"))).toBe(12);
    expect(elapsedWholeDays("2026-03-01T10:00:00Z", "2026-03-01T09:00:00Z")).toBe(-1);
    expect(elapsedWholeDays("2026-03-01T10:00:00Z", "2026-03-01T10:00:00Z")).toBe(0);
  });
});
