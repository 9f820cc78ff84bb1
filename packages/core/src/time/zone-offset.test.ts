import fc from "fast-check";
import { IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { zoneOffsetMinutes } from "./zone-offset.js";

/** Zones with DST both ways, half- and quarter-hour offsets, and odd historical changes. */
const zones = [
  "America/New_York",
  "Pacific/Auckland",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
  "Asia/Kolkata",
  "Europe/Dublin",
  "Africa/Casablanca",
  "America/St_Johns",
  "Pacific/Chatham",
  "Antarctica/Troll",
  "Europe/Moscow",
  "Pacific/Apia",
  "America/Caracas",
  "UTC",
];

describe("zoneOffsetMinutes (memoised per UTC day)", () => {
  it("agrees with the platform's zone rules at any instant from 1900 to 2100", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
        (zone, epochMs) => {
          expect(zoneOffsetMinutes(zone, epochMs)).toBe(IANAZone.create(zone).offset(epochMs));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("is exact on both sides of every offset change of 2026 in New York and Auckland", () => {
    for (const [zone, change] of [
      ["America/New_York", Date.UTC(2026, 2, 8, 7)],
      ["America/New_York", Date.UTC(2026, 10, 1, 6)],
      ["Pacific/Auckland", Date.UTC(2026, 3, 4, 14)],
      ["Pacific/Auckland", Date.UTC(2026, 8, 26, 14)],
    ] as const) {
      for (const epochMs of [change - 1, change, change + 1, change - 3_600_000]) {
        expect(zoneOffsetMinutes(zone, epochMs)).toBe(IANAZone.create(zone).offset(epochMs));
      }
    }
  });

  it("answers undefined for an unknown zone or an instant that is not a number", () => {
    expect(zoneOffsetMinutes("Mars/Olympus_Mons", 0)).toBeUndefined();
    expect(zoneOffsetMinutes("Europe/Paris", Number.NaN)).toBeUndefined();
  });
});
