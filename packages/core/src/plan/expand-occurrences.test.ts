import { describe, expect, it } from "vitest";
import {
  expandOccurrences,
  TooManyOccurrencesError,
  type ExpansionInput,
} from "./expand-occurrences.js";
import { occurrenceSchema, type ItemSchedule } from "./schedule.schema.js";

const daily10: ItemSchedule = {
  cadence: { kind: "daily", interval: 1 },
  startDate: "2026-03-01",
  timeOfDay: "10:00",
  durationMinutes: 60,
  end: { kind: "never" },
};

function input(schedule: ItemSchedule, more: Partial<ExpansionInput> = {}): ExpansionInput {
  return { itemId: "item-1", schedule, exceptions: [], added: [], pauses: [], ...more };
}

describe("expandOccurrences: local time across DST (issue 11, RFC 5545 §3.3.5)", () => {
  it("keeps a daily 10:00 session at 10:00 in New York across spring forward and fall back", () => {
    const spring = expandOccurrences(input(daily10), "America/New_York", {
      from: "2026-03-06T00:00:00Z",
      to: "2026-03-11T00:00:00Z",
    });
    expect(spring.map((each) => each.localTime)).toEqual([
      "10:00",
      "10:00",
      "10:00",
      "10:00",
      "10:00",
    ]);
    expect(spring.map((each) => each.start)).toEqual([
      "2026-03-06T15:00:00.000Z",
      "2026-03-07T15:00:00.000Z",
      "2026-03-08T14:00:00.000Z",
      "2026-03-09T14:00:00.000Z",
      "2026-03-10T14:00:00.000Z",
    ]);
    const autumn = expandOccurrences(input(daily10), "America/New_York", {
      from: "2026-10-31T00:00:00Z",
      to: "2026-11-03T00:00:00Z",
    });
    expect(autumn.map((each) => [each.localDate, each.localTime, each.start])).toEqual([
      ["2026-10-31", "10:00", "2026-10-31T14:00:00.000Z"],
      ["2026-11-01", "10:00", "2026-11-01T15:00:00.000Z"],
      ["2026-11-02", "10:00", "2026-11-02T15:00:00.000Z"],
    ]);
  });

  it("keeps a weekly Sunday 10:00 session at 10:00 in Sydney across April and October changes", () => {
    const weekly: ItemSchedule = {
      ...daily10,
      cadence: { kind: "weekly", interval: 1, days: ["SU"] },
      startDate: "2026-03-29",
    };
    const sessions = expandOccurrences(input(weekly), "Australia/Sydney", {
      from: "2026-03-28T00:00:00Z",
      to: "2026-10-12T00:00:00Z",
    });
    expect(new Set(sessions.map((each) => each.localTime))).toEqual(new Set(["10:00"]));
    const byDate = new Map(sessions.map((each) => [each.localDate, each.start]));
    // AEDT (+11) before 5 April, AEST (+10) until 4 October, AEDT again after.
    expect(byDate.get("2026-03-29")).toBe("2026-03-28T23:00:00.000Z");
    expect(byDate.get("2026-04-05")).toBe("2026-04-05T00:00:00.000Z");
    expect(byDate.get("2026-10-04")).toBe("2026-10-03T23:00:00.000Z");
  });

  it("moves a session the clocks skip forward by the gap (New York and Auckland)", () => {
    const early: ItemSchedule = { ...daily10, timeOfDay: "02:30" };
    const [newYork] = expandOccurrences(input(early), "America/New_York", {
      from: "2026-03-08T05:00:00Z",
      to: "2026-03-08T12:00:00Z",
    });
    expect(newYork).toMatchObject({
      key: "2026-03-08T02:30",
      localDate: "2026-03-08",
      localTime: "03:30",
      start: "2026-03-08T07:30:00.000Z",
    });
    const [auckland] = expandOccurrences(input(early), "Pacific/Auckland", {
      from: "2026-09-26T12:00:00Z",
      to: "2026-09-26T18:00:00Z",
    });
    expect(auckland).toMatchObject({ key: "2026-09-27T02:30", localTime: "03:30" });
  });

  it("takes the earlier of a time that happens twice", () => {
    const early: ItemSchedule = { ...daily10, timeOfDay: "01:30" };
    const sessions = expandOccurrences(input(early), "America/New_York", {
      from: "2026-11-01T04:00:00Z",
      to: "2026-11-01T08:00:00Z",
    });
    expect(sessions.map((each) => each.start)).toEqual(["2026-11-01T05:30:00.000Z"]);
  });
});

describe("expandOccurrences: exceptions, added sessions and pauses", () => {
  const window = { from: "2026-03-01T00:00:00Z", to: "2026-03-06T00:00:00Z" };

  it("moves, cancels and marks held by the original local start; adds extra sessions", () => {
    const sessions = expandOccurrences(
      input(daily10, {
        exceptions: [
          { originalStart: "2026-03-02T10:00", kind: "moved", movedTo: "2026-03-02T16:30" },
          { originalStart: "2026-03-03T10:00", kind: "cancelled" },
          { originalStart: "2026-03-01T10:00", kind: "held", heldAt: "2026-03-01T10:05:00Z" },
        ],
        added: [{ start: "2026-03-04T18:00", durationMinutes: 30 }],
      }),
      "UTC",
      window,
    );
    expect(sessions.map((each) => [each.key, each.localDate, each.localTime, each.status])).toEqual(
      [
        ["2026-03-01T10:00", "2026-03-01", "10:00", "held"],
        ["2026-03-02T10:00", "2026-03-02", "16:30", "moved"],
        ["2026-03-03T10:00", "2026-03-03", "10:00", "cancelled"],
        ["2026-03-04T10:00", "2026-03-04", "10:00", "scheduled"],
        ["2026-03-04T18:00", "2026-03-04", "18:00", "added"],
        ["2026-03-05T10:00", "2026-03-05", "10:00", "scheduled"],
      ],
    );
    expect(sessions[4]?.end).toBe("2026-03-04T18:30:00.000Z");
    for (const each of sessions) expect(occurrenceSchema.parse(each)).toEqual(each);
  });

  it("finds a session moved into the window from far outside it", () => {
    const sessions = expandOccurrences(
      input(daily10, {
        exceptions: [
          { originalStart: "2026-06-01T10:00", kind: "moved", movedTo: "2026-03-02T12:00" },
        ],
      }),
      "UTC",
      { from: "2026-03-02T11:00:00Z", to: "2026-03-02T13:00:00Z" },
    );
    expect(sessions).toEqual([
      expect.objectContaining({ key: "2026-06-01T10:00", localTime: "12:00", status: "moved" }),
    ]);
  });

  it("marks sessions on paused local days (inclusive) as paused, without deleting them", () => {
    const sessions = expandOccurrences(
      input(daily10, {
        pauses: [{ from: "2026-03-02", until: "2026-03-03", reason: "flare" }],
        exceptions: [{ originalStart: "2026-03-03T10:00", kind: "cancelled" }],
      }),
      "UTC",
      window,
    );
    expect(sessions.map((each) => each.status)).toEqual([
      "scheduled",
      "paused",
      "cancelled",
      "scheduled",
      "scheduled",
    ]);
  });

  it("drops an added session with the key of a series session", () => {
    const sessions = expandOccurrences(
      input(daily10, { added: [{ start: "2026-03-02T10:00", durationMinutes: 30 }] }),
      "UTC",
      window,
    );
    expect(sessions.filter((each) => each.key === "2026-03-02T10:00")).toHaveLength(1);
    expect(sessions.find((each) => each.key === "2026-03-02T10:00")?.status).toBe("scheduled");
  });
});

describe("expandOccurrences: cadences and ends", () => {
  const year = { from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z" };

  it("ends after COUNT sessions and after the UNTIL day (inclusive)", () => {
    const counted = expandOccurrences(
      input({ ...daily10, end: { kind: "count", count: 3 } }),
      "UTC",
      year,
    );
    expect(counted.map((each) => each.localDate)).toEqual([
      "2026-03-01",
      "2026-03-02",
      "2026-03-03",
    ]);
    const until = expandOccurrences(
      input({ ...daily10, end: { kind: "until", date: "2026-03-04" } }),
      "UTC",
      year,
    );
    expect(until.at(-1)?.localDate).toBe("2026-03-04");
    expect(until).toHaveLength(4);
  });

  it("repeats every 2 weeks on the chosen days, and monthly on the start's day of month", () => {
    const biweekly = expandOccurrences(
      input({ ...daily10, cadence: { kind: "weekly", interval: 2, days: ["TU", "TH"] } }),
      "UTC",
      { from: "2026-03-01T00:00:00Z", to: "2026-03-31T00:00:00Z" },
    );
    // Weeks start on Monday (WKST=MO): Sunday 1 March is in the week of 23 February, so the
    // weeks with sessions are those of 9 and 23 March (RFC 5545 §3.3.10 INTERVAL and WKST).
    expect(biweekly.map((each) => each.localDate)).toEqual([
      "2026-03-10",
      "2026-03-12",
      "2026-03-24",
      "2026-03-26",
    ]);
    const monthly = expandOccurrences(
      input({ ...daily10, startDate: "2026-01-31", cadence: { kind: "monthly", interval: 1 } }),
      "UTC",
      { from: "2026-01-01T00:00:00Z", to: "2026-06-01T00:00:00Z" },
    );
    // RFC 5545 §3.3.10: a day of month a month lacks is skipped.
    expect(monthly.map((each) => each.localDate)).toEqual([
      "2026-01-31",
      "2026-03-31",
      "2026-05-31",
    ]);
  });

  it("expands a custom RRULE", () => {
    const sessions = expandOccurrences(
      input({ ...daily10, cadence: { kind: "rrule", rrule: "FREQ=MONTHLY;BYDAY=1MO" } }),
      "UTC",
      { from: "2026-03-01T00:00:00Z", to: "2026-06-01T00:00:00Z" },
    );
    expect(sessions.map((each) => each.localDate)).toEqual([
      "2026-03-02",
      "2026-04-06",
      "2026-05-04",
    ]);
  });

  it("puts the next 'after last held' session N weeks after the session actually held", () => {
    const schedule: ItemSchedule = {
      ...daily10,
      cadence: { kind: "after-last-held", intervalWeeks: 2 },
      startDate: "2026-03-03",
    };
    const beforeAnyHeld = expandOccurrences(input(schedule), "Europe/Berlin", {
      from: "2026-03-01T00:00:00Z",
      to: "2026-04-01T00:00:00Z",
    });
    expect(beforeAnyHeld.map((each) => each.localDate)).toEqual([
      "2026-03-03",
      "2026-03-17",
      "2026-03-31",
    ]);
    // Held late, on Friday 6 March: the next is Friday 20 March, not Tuesday 17 March.
    const afterHeld = expandOccurrences(
      input(schedule, {
        exceptions: [
          { originalStart: "2026-03-03T10:00", kind: "held", heldAt: "2026-03-06T09:00:00Z" },
        ],
        lastHeldAt: "2026-03-06T09:00:00Z",
      }),
      "Europe/Berlin",
      { from: "2026-03-01T00:00:00Z", to: "2026-04-10T00:00:00Z" },
    );
    expect(afterHeld.map((each) => [each.localDate, each.localTime, each.status])).toEqual([
      ["2026-03-03", "10:00", "held"],
      ["2026-03-20", "10:00", "scheduled"],
      ["2026-04-03", "10:00", "scheduled"],
    ]);
  });

  it("counts held sessions toward COUNT for 'after last held'", () => {
    const schedule: ItemSchedule = {
      ...daily10,
      cadence: { kind: "after-last-held", intervalWeeks: 1 },
      startDate: "2026-03-03",
      end: { kind: "count", count: 2 },
    };
    const sessions = expandOccurrences(
      input(schedule, {
        exceptions: [{ originalStart: "2026-03-03T10:00", kind: "held" }],
      }),
      "UTC",
      year,
    );
    expect(sessions.map((each) => [each.localDate, each.status])).toEqual([
      ["2026-03-03", "held"],
      ["2026-03-10", "scheduled"],
    ]);
  });

  it("expands a window years after the start to the same sessions as a walk from the start", () => {
    const weekly: ItemSchedule = {
      ...daily10,
      cadence: { kind: "weekly", interval: 3, days: ["MO", "FR"] },
    };
    const window = { from: "2031-05-01T00:00:00Z", to: "2031-07-01T00:00:00Z" };
    const all = expandOccurrences(input(weekly), "UTC", {
      from: "2026-01-01T00:00:00Z",
      to: window.to,
    });
    const inWindow = all.filter((each) => each.start >= window.from);
    expect(expandOccurrences(input(weekly), "UTC", window)).toEqual(inWindow);
  });

  it(`throws TooManyOccurrencesError above the documented maximum (planLimits)`, () => {
    expect(() =>
      expandOccurrences(input(daily10), "UTC", {
        from: "2026-01-01T00:00:00Z",
        to: "2046-01-01T00:00:00Z",
      }),
    ).toThrow(TooManyOccurrencesError);
    expect(
      expandOccurrences(input(daily10), "UTC", {
        from: "2026-03-01T00:00:00Z",
        to: "2036-03-01T00:00:00Z",
      }),
    ).toHaveLength(3653);
  });
});

describe("expandOccurrences: monthly on a day some months lack (RFC 5545 §3.3.10)", () => {
  it("every 3 months from 31 March meets only March and December; skipped months do not count", () => {
    const schedule: ItemSchedule = {
      cadence: { kind: "monthly", interval: 3 },
      startDate: "2025-03-31",
      timeOfDay: "10:00",
      durationMinutes: 30,
      end: { kind: "count", count: 40 },
    };
    const input = { itemId: "i", schedule, exceptions: [], added: [], pauses: [] };
    const window = { from: "2025-03-29T00:00:00.000Z", to: "2046-01-01T00:00:00.000Z" };
    const sessions = expandOccurrences(input, "America/New_York", window);
    expect(sessions).toHaveLength(40);
    expect(new Set(sessions.map((session) => session.localDate.slice(5)))).toEqual(
      new Set(["03-31", "12-31"]),
    );
    expect(sessions.at(-1)?.localDate).toBe("2044-12-31");
  });
});
