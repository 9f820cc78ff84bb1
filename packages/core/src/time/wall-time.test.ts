import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localDayOf } from "./local-day.js";
import {
  clockAsUtcMs,
  instantsShowing,
  nextOffsetChange,
  offsetMinutesAt,
  wallClockAt,
} from "./testing/intl-clock.js";
import { instantOfWallTime, occurrenceOf, resolveWallTime, wallTimeOf } from "./wall-time.js";

describe("a wall time in a zone", () => {
  it("New York, 8 March 2026: 02:30 was skipped and moves forward to 03:30 EDT, same day", () => {
    expect(resolveWallTime("2026-03-08T02:30", "America/New_York")).toEqual({
      kind: "gap",
      instant: "2026-03-08T07:30:00.000Z",
      shiftedTo: "2026-03-08T03:30",
      gapMinutes: 60,
    });
    expect(instantOfWallTime("2026-03-08T02:30", "America/New_York")).toBe(
      "2026-03-08T07:30:00.000Z",
    );
    expect(localDayOf("2026-03-08T07:30:00.000Z", "America/New_York")).toBe("2026-03-08");
    // Just around the gap, times are what they say.
    expect(instantOfWallTime("2026-03-08T01:59", "America/New_York")).toBe(
      "2026-03-08T06:59:00.000Z",
    );
    expect(instantOfWallTime("2026-03-08T03:00", "America/New_York")).toBe(
      "2026-03-08T07:00:00.000Z",
    );
  });

  it("New York, 1 November 2026: 01:30 happens twice; both are offered, the earlier first", () => {
    expect(resolveWallTime("2026-11-01T01:30", "America/New_York")).toEqual({
      kind: "overlap",
      earlier: "2026-11-01T05:30:00.000Z",
      later: "2026-11-01T06:30:00.000Z",
    });
    expect(instantOfWallTime("2026-11-01T01:30", "America/New_York", "later")).toBe(
      "2026-11-01T06:30:00.000Z",
    );
    expect(occurrenceOf("2026-11-01T05:30:00.000Z", "America/New_York")).toBe("earlier");
    expect(occurrenceOf("2026-11-01T06:30:40.000Z", "America/New_York")).toBe("later");
    expect(occurrenceOf("2026-11-01T08:30:00.000Z", "America/New_York")).toBeUndefined();
  });

  it("zones whose clocks change at midnight keep the day: Havana, Santiago, Asunción, Beirut", () => {
    // Havana, 8 March 2026: 00:00 → 01:00. 00:30 is 01:30 CDT the same day.
    expect(resolveWallTime("2026-03-08T00:30", "America/Havana")).toMatchObject({
      kind: "gap",
      shiftedTo: "2026-03-08T01:30",
    });
    // Santiago, 6 September 2026: 00:00 → 01:00.
    expect(resolveWallTime("2026-09-06T00:00", "America/Santiago")).toMatchObject({
      kind: "gap",
      shiftedTo: "2026-09-06T01:00",
    });
    // Santiago, 5 April 2026: midnight goes back to 23:00 on the 4th, so 23:30 happens twice.
    expect(resolveWallTime("2026-04-04T23:30", "America/Santiago")).toMatchObject({
      kind: "overlap",
    });
    // Asunción, 6 October 2024 and Beirut, 29 March 2020: 00:00 → 01:00.
    expect(resolveWallTime("2024-10-06T00:15", "America/Asuncion")).toMatchObject({
      kind: "gap",
      shiftedTo: "2024-10-06T01:15",
    });
    expect(resolveWallTime("2020-03-29T00:45", "Asia/Beirut")).toMatchObject({
      kind: "gap",
      shiftedTo: "2020-03-29T01:45",
    });
  });

  it("half-hour changes and offsets: Lord Howe, Chatham, Kathmandu", () => {
    // Lord Howe moves 30 minutes: forward at 02:00 on 4 October 2026, back at 02:00 on 5 April.
    expect(resolveWallTime("2026-10-04T02:15", "Australia/Lord_Howe")).toEqual({
      kind: "gap",
      instant: "2026-10-03T15:45:00.000Z",
      shiftedTo: "2026-10-04T02:45",
      gapMinutes: 30,
    });
    expect(resolveWallTime("2026-04-05T01:45", "Australia/Lord_Howe")).toEqual({
      kind: "overlap",
      earlier: "2026-04-04T14:45:00.000Z",
      later: "2026-04-04T15:15:00.000Z",
    });
    expect(instantOfWallTime("2026-01-16T00:00", "Pacific/Chatham")).toBe(
      "2026-01-15T10:15:00.000Z",
    );
    expect(instantOfWallTime("2026-03-01T13:15", "Asia/Kathmandu")).toBe(
      "2026-03-01T07:30:00.000Z",
    );
    expect(wallTimeOf("2026-03-01T07:30:00.000Z", "Asia/Kathmandu")).toBe("2026-03-01T13:15");
  });

  it("does not depend on the offset in force today (Lord Howe, 1 March 1981: +10 → +10:30)", () => {
    // 00:00 jumped to 00:30, so 00:15 was skipped and 00:30 happened once.
    expect(resolveWallTime("1981-03-01T00:30", "Australia/Lord_Howe")).toEqual({
      kind: "unique",
      instant: "1981-02-28T14:00:00.000Z",
    });
    expect(resolveWallTime("1981-03-01T00:15", "Australia/Lord_Howe")).toMatchObject({
      kind: "gap",
      shiftedTo: "1981-03-01T00:45",
    });
  });

  it("a whole skipped day (Apia, 30 December 2011) moves to the next day, never the one before", () => {
    expect(resolveWallTime("2011-12-30T12:00", "Pacific/Apia")).toMatchObject({
      kind: "gap",
      shiftedTo: "2011-12-31T12:00",
      gapMinutes: 24 * 60,
    });
  });

  it("refuses what is not a wall time, or an unknown zone", () => {
    for (const text of ["", "yesterday", "2026-02-30T10:00", "2026-03-01T24:00", "2026-03-01"]) {
      expect(resolveWallTime(text, "Europe/Paris"), text).toBeUndefined();
    }
    expect(instantOfWallTime("2026-03-01T10:00", "Mars/Olympus_Mons")).toBeUndefined();
  });
});

// Zones with every kind of change: at midnight (Havana, Santiago, Asunción, Beirut, Cairo, São
// Paulo historically), by 30 minutes (Lord Howe), 2 hours (Troll), a whole day (Apia, 2011),
// negative DST (Dublin), DST paused for Ramadan (Casablanca), 30- and 45-minute offsets.
const zones = [
  "America/New_York",
  "America/Havana",
  "America/Santiago",
  "America/Asuncion",
  "Asia/Beirut",
  "Africa/Cairo",
  "America/Sao_Paulo",
  "Australia/Lord_Howe",
  "Antarctica/Troll",
  "Pacific/Apia",
  "Europe/Dublin",
  "Africa/Casablanca",
  "Pacific/Chatham",
  "Asia/Kathmandu",
  "Asia/Kolkata",
  "America/St_Johns",
  "Asia/Tehran",
  "Europe/London",
  "UTC",
] as const;

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;
const instants = fc
  .integer({ min: Date.UTC(1975, 0, 1) / minuteMs, max: Date.UTC(2037, 0, 1) / minuteMs })
  .map((minutes) => minutes * minuteMs);
const zone = fc.constantFrom(...zones);
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * A wall time within 3 hours of a change of offset in that zone (or anywhere, if none), counted
 * on the clock as it read before the change, so that skipped and repeated times come up often.
 */
const wallTimesNearChanges = fc
  .tuple(instants, zone, fc.integer({ min: -180, max: 180 }))
  .map(([from, timeZone, minutesAway]) => {
    const change = nextOffsetChange(from, timeZone, 400 * dayMs) ?? from;
    const clockAtChange = clockAsUtcMs(change - minuteMs, timeZone) + minuteMs;
    return {
      timeZone,
      wallTime: new Date(clockAtChange + minutesAway * minuteMs).toISOString().slice(0, 16),
    };
  });

const numRuns = 250;

describe("wall time ↔ instant (property, against the platform's Intl)", () => {
  it("gives every instant that shows the wall time, or moves a skipped one forward by the gap", () => {
    fc.assert(
      fc.property(wallTimesNearChanges, ({ timeZone, wallTime }) => {
        const showing = instantsShowing(wallTime, timeZone);
        const resolution = resolveWallTime(wallTime, timeZone);
        if (showing.length === 1) {
          expect(resolution).toEqual({ kind: "unique", instant: iso(showing[0] ?? 0) });
        } else if (showing.length === 2) {
          expect(resolution).toEqual({
            kind: "overlap",
            earlier: iso(showing[0] ?? 0),
            later: iso(showing[1] ?? 0),
          });
        } else {
          if (resolution?.kind !== "gap") throw new Error(`${wallTime} ${timeZone}: not a gap`);
          const instant = Date.parse(resolution.instant);
          const asUtc = Date.parse(`${wallTime}:00Z`);
          // Forward by exactly the gap: read with the offset in force just before the change.
          const offsetBefore = offsetMinutesAt(
            instant - resolution.gapMinutes * minuteMs,
            timeZone,
          );
          expect(instant).toBe(asUtc - offsetBefore * minuteMs);
          expect(resolution.gapMinutes).toBe(offsetMinutesAt(instant, timeZone) - offsetBefore);
          expect(resolution.gapMinutes).toBeGreaterThan(0);
          expect(wallClockAt(instant, timeZone)).toBe(resolution.shiftedTo);
          // Never the previous day.
          expect(localDayOf(resolution.instant, timeZone) >= wallTime.slice(0, 10)).toBe(true);
        }
      }),
      { numRuns },
    );
  });

  it("finds its way back: the wall time of any instant resolves to that instant", () => {
    const instantsNearChanges = fc
      .tuple(instants, zone, fc.integer({ min: -180, max: 180 }))
      .map(([from, timeZone, minutesAway]) => ({
        timeZone,
        instant: (nextOffsetChange(from, timeZone, 400 * dayMs) ?? from) + minutesAway * minuteMs,
      }));
    fc.assert(
      fc.property(
        fc.oneof(instantsNearChanges, fc.record({ timeZone: zone, instant: instants })),
        ({ timeZone, instant }) => {
          const wallTime = wallTimeOf(iso(instant), timeZone);
          expect(wallTime).toBe(wallClockAt(instant, timeZone));
          const occurrence = occurrenceOf(iso(instant), timeZone);
          expect(instantOfWallTime(wallTime, timeZone, occurrence)).toBe(iso(instant));
        },
      ),
      { numRuns },
    );
  });
});
