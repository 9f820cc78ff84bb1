import { describe, expect, test } from "vitest";
import { instantOfWallTime, wallTimeOf } from "./zoned-time";

describe("wall time in the person's time zone", () => {
  test("reads an instant on the person's clock, not the device's", () => {
    expect(wallTimeOf("2026-03-01T07:30:00.000Z", "Europe/Paris")).toBe("2026-03-01T08:30");
    expect(wallTimeOf("2026-03-01T07:30:00.000Z", "Pacific/Auckland")).toBe("2026-03-01T20:30");
    expect(wallTimeOf("2026-03-01T07:30:00.000Z", "Asia/Kathmandu")).toBe("2026-03-01T13:15");
  });

  test("turns a wall time back into the same instant, across DST changes", () => {
    const cases = [
      ["2026-03-01T08:30", "Europe/Paris", "2026-03-01T07:30:00.000Z"],
      ["2026-07-01T08:30", "Europe/Paris", "2026-07-01T06:30:00.000Z"],
      ["2026-03-29T03:30", "Europe/Paris", "2026-03-29T01:30:00.000Z"],
      ["2026-04-05T12:00", "Pacific/Auckland", "2026-04-05T00:00:00.000Z"],
      ["2026-11-01T00:10", "America/New_York", "2026-11-01T04:10:00.000Z"],
    ] as const;
    for (const [wall, zone, instant] of cases) {
      expect(instantOfWallTime(wall, zone), `${wall} in ${zone}`).toBe(instant);
      expect(wallTimeOf(instant, zone)).toBe(wall);
    }
  });

  test("text that is not a time gives undefined", () => {
    expect(instantOfWallTime("", "Europe/Paris")).toBeUndefined();
    expect(instantOfWallTime("yesterday", "Europe/Paris")).toBeUndefined();
  });
});
