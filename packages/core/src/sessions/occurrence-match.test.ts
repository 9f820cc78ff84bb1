import { describe, expect, it } from "vitest";
import { checkSessionMatchesOccurrence, sessionMatchWindowHours } from "./occurrence-match.js";

/** A Sunday 10:00 session in Los Angeles (18:00Z in November, after the change to PST). */
const sunday = { key: "2026-11-29T10:00", start: "2026-11-29T18:00:00.000Z", status: "held" };
const la = "America/Los_Angeles";

describe("a logged session matches its planned occurrence", () => {
  it("on the same local day, however far from the planned hour", () => {
    expect(checkSessionMatchesOccurrence("2026-11-29T08:01:00.000Z", sunday, la)).toBeUndefined();
    expect(checkSessionMatchesOccurrence("2026-11-30T07:59:00.000Z", sunday, la)).toBeUndefined();
  });

  it(`across midnight within ${sessionMatchWindowHours.toString()} hours, and not beyond`, () => {
    const lateSaturday = { ...sunday, key: "2026-11-28T23:30", start: "2026-11-29T07:30:00.000Z" };
    // 00:30 Sunday local: the next day, an hour after the planned 23:30.
    expect(
      checkSessionMatchesOccurrence("2026-11-29T08:30:00.000Z", lateSaturday, la),
    ).toBeUndefined();
    // 12 h after exactly still matches; a minute more on another day does not.
    expect(
      checkSessionMatchesOccurrence("2026-11-29T19:30:00.000Z", lateSaturday, la),
    ).toBeUndefined();
    expect(
      checkSessionMatchesOccurrence("2026-11-29T19:31:00.000Z", lateSaturday, la),
    ).toMatchObject({ path: "startedAt" });
  });

  it("refuses a session months away, naming the planned day", () => {
    const march = {
      key: "2027-03-07T10:00",
      start: "2027-03-07T18:00:00.000Z",
      status: "scheduled",
    };
    const problem = checkSessionMatchesOccurrence("2026-11-28T18:00:00.000Z", march, la);
    expect(problem?.path).toBe("startedAt");
    expect(problem?.message).toContain("2027-03-07");
  });

  it("judges the local day in the owner's zone, far from UTC", () => {
    // Auckland 09:00 on 30 Nov is 20:00Z on the 29th: the same local day as a 19:00 Auckland session.
    const auckland = {
      key: "2026-11-30T19:00",
      start: "2026-11-30T06:00:00.000Z",
      status: "scheduled",
    };
    expect(
      checkSessionMatchesOccurrence("2026-11-29T20:00:00.000Z", auckland, "Pacific/Auckland"),
    ).toBeUndefined();
    // In Los Angeles the same two instants are on different days and 10 h apart: still within 12 h.
    expect(checkSessionMatchesOccurrence("2026-11-29T20:00:00.000Z", auckland, la)).toBeUndefined();
  });

  it("refuses a cancelled occurrence on occurrenceStart", () => {
    expect(
      checkSessionMatchesOccurrence(sunday.start, { ...sunday, status: "cancelled" }, la),
    ).toMatchObject({ path: "occurrenceStart" });
  });
});
