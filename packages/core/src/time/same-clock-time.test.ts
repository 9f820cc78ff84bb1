import { DateTime } from "luxon";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sameClockTimeInDays, wallTimeOf } from "./wall-time.js";

describe("the same clock time some days later", () => {
  it("is 23 hours later across the spring clock change, not 24 (New York, 8 March 2026)", () => {
    // 10:00 EST (UTC−5) on 7 March; 10:00 EDT (UTC−4) on 8 March (tz database, America/New_York).
    expect(sameClockTimeInDays("2026-03-07T15:00:00.000Z", "America/New_York", 1)).toBe(
      "2026-03-08T14:00:00.000Z",
    );
  });

  it("is 25 hours later across the autumn change, and goes back as well (London, 25 Oct 2026)", () => {
    // 09:30 BST (UTC+1) on 24 October; 09:30 GMT on 25 October.
    expect(sameClockTimeInDays("2026-10-24T08:30:00.000Z", "Europe/London", 1)).toBe(
      "2026-10-25T09:30:00.000Z",
    );
    expect(sameClockTimeInDays("2026-10-25T09:30:00.000Z", "Europe/London", -1)).toBe(
      "2026-10-24T08:30:00.000Z",
    );
  });

  it("moves a clock time the clocks skip forward by the gap, on the same day", () => {
    // 02:30 on 7 March exists; on 8 March New York skips 02:00–03:00, so 03:30 EDT.
    expect(sameClockTimeInDays("2026-03-07T07:30:00.000Z", "America/New_York", 1)).toBe(
      "2026-03-08T07:30:00.000Z",
    );
  });

  it("agrees with luxon's calendar arithmetic wherever the clock time exists", () => {
    const zones = ["America/New_York", "Europe/London", "Australia/Lord_Howe", "Pacific/Chatham"];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }),
        fc.constantFrom(...zones),
        fc.integer({ min: -400, max: 400 }),
        (ms, zone, days) => {
          const instant = new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
          const expected = DateTime.fromISO(instant, { zone }).plus({ days });
          const shifted = sameClockTimeInDays(instant, zone, days);
          // luxon keeps the clock time when it exists that day; skipped times differ by design.
          if (
            expected.toFormat("HH:mm") === DateTime.fromISO(instant, { zone }).toFormat("HH:mm")
          ) {
            expect(wallTimeOf(shifted, zone)).toBe(expected.toFormat("yyyy-MM-dd'T'HH:mm"));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
