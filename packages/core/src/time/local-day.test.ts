import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localDayOf, localMomentOf } from "./local-day.js";

describe("local day across DST changes", () => {
  it("America/New_York: spring forward (8 March 2026) and fall back (1 November 2026)", () => {
    // 01:59 EST, then 03:00 EDT: both the same day.
    expect(localMomentOf("2026-03-08T06:59:00.000Z", "America/New_York")).toEqual({
      localDate: "2026-03-08",
      localTime: "01:59",
    });
    expect(localMomentOf("2026-03-08T07:00:00.000Z", "America/New_York").localTime).toBe("03:00");
    // 23:30 EDT on the 7th is already the 8th in UTC.
    expect(localDayOf("2026-03-08T03:30:00.000Z", "America/New_York")).toBe("2026-03-07");
    // 01:30 happens twice on 1 November; both are that day.
    expect(localMomentOf("2026-11-01T05:30:00.000Z", "America/New_York").localTime).toBe("01:30");
    expect(localMomentOf("2026-11-01T06:30:00.000Z", "America/New_York").localTime).toBe("01:30");
    // 23:59 EST on 1 November is 04:59 UTC on the 2nd.
    expect(localDayOf("2026-11-02T04:59:00.000Z", "America/New_York")).toBe("2026-11-01");
    expect(localDayOf("2026-11-02T05:00:00.000Z", "America/New_York")).toBe("2026-11-02");
  });

  it("Australia/Lord_Howe: half-hour DST (back 30 minutes on 5 April 2026)", () => {
    // +11:00 until 02:00 local, then +10:30.
    expect(localMomentOf("2026-04-04T14:59:00.000Z", "Australia/Lord_Howe")).toEqual({
      localDate: "2026-04-05",
      localTime: "01:59",
    });
    expect(localMomentOf("2026-04-04T15:00:00.000Z", "Australia/Lord_Howe").localTime).toBe(
      "01:30",
    );
    // Local midnight at +10:30 is 13:30 UTC the day before.
    expect(localDayOf("2026-04-05T13:29:00.000Z", "Australia/Lord_Howe")).toBe("2026-04-05");
    expect(localDayOf("2026-04-05T13:30:00.000Z", "Australia/Lord_Howe")).toBe("2026-04-06");
  });

  it("Pacific/Chatham: +13:45 in southern summer puts a UTC afternoon on the next day", () => {
    expect(localMomentOf("2026-01-15T10:15:00.000Z", "Pacific/Chatham")).toEqual({
      localDate: "2026-01-16",
      localTime: "00:00",
    });
    expect(localDayOf("2026-01-15T10:14:59.999Z", "Pacific/Chatham")).toBe("2026-01-15");
    // +12:45 in winter.
    expect(localMomentOf("2026-07-15T11:15:00.000Z", "Pacific/Chatham").localTime).toBe("00:00");
  });

  it("accepts a zone ICU knows by an older name, as the person chose it", () => {
    expect(localDayOf("2026-03-01T20:00:00.000Z", "Asia/Kolkata")).toBe("2026-03-02");
    expect(localDayOf("2026-03-01T20:00:00.000Z", "Europe/Kyiv")).toBe("2026-03-01");
  });

  it("refuses an unknown zone instead of guessing", () => {
    expect(() => localDayOf("2026-03-01T20:00:00.000Z", "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});

/** An oracle that does not use luxon: the platform's own formatter. */
function intlDay(instant: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

// Zones with DST whose changes happen away from midnight, so local days never run backwards.
const zones = [
  "America/New_York",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Europe/London",
  "America/St_Johns",
  "Asia/Kolkata",
  "UTC",
];
const instants = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2037, 11, 31) });
const iso = (ms: number) => new Date(ms).toISOString();

describe("day bucketing (property)", () => {
  it("agrees with the platform's calendar for every instant and zone", () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), (ms, zone) => {
        expect(localDayOf(iso(ms), zone)).toBe(intlDay(ms, zone));
      }),
      { numRuns: 2000 },
    );
  });

  it("never moves an entry to an earlier day when time moves on, across any DST change", () => {
    const step = fc.integer({ min: 0, max: 3 * 24 * 3600_000 });
    fc.assert(
      fc.property(instants, step, fc.constantFrom(...zones), (ms, later, zone) => {
        expect(localDayOf(iso(ms + later), zone) >= localDayOf(iso(ms), zone)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the same day however the instant is written (UTC or with an offset)", () => {
    const offsetMinutes = fc.integer({ min: -12 * 60, max: 14 * 60 });
    fc.assert(
      fc.property(instants, offsetMinutes, fc.constantFrom(...zones), (ms, offset, zone) => {
        const shifted = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
        const sign = offset < 0 ? "-" : "+";
        const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
        const minutes = String(Math.abs(offset) % 60).padStart(2, "0");
        const withOffset = `${shifted}.${String(ms % 1000).padStart(3, "0")}${sign}${hours}:${minutes}`;
        expect(localDayOf(withOffset, zone)).toBe(localDayOf(iso(ms), zone));
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps every instant of a day inside it: 24 h, 23 h or 25 h days alike", () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), (ms, zone) => {
        const day = localDayOf(iso(ms), zone);
        const { localTime } = localMomentOf(iso(ms), zone);
        const [hours = 0, minutes = 0] = localTime.split(":").map(Number);
        // Stepping back to just before the clock read 00:00 leaves the day (at most 25 h back).
        const sinceMidnight = (hours * 60 + minutes) * 60_000;
        expect(localDayOf(iso(ms - sinceMidnight + 3600_000), zone) <= day).toBe(true);
        expect(localDayOf(iso(ms - sinceMidnight - 2 * 3600_000), zone) < day).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
