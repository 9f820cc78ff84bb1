import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { describeSchedule } from "./describe-schedule.js";
import { expandOccurrences, nextOccurrences } from "./expand-occurrences.js";
import type { ItemSchedule } from "./schedule.schema.js";
import { scheduleToRRule } from "./schedule-rrule.js";

const massage: ItemSchedule = {
  cadence: { kind: "weekly", interval: 2, days: ["TU"] },
  startDate: "2026-03-03",
  timeOfDay: "10:00",
  durationMinutes: 60,
  end: { kind: "count", count: 10 },
};

describe("scheduleToRRule (RFC 5545 §3.3.10)", () => {
  it("writes FREQ, INTERVAL, BYDAY, WKST and the end", () => {
    expect(scheduleToRRule(massage)).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO;COUNT=10");
    expect(scheduleToRRule({ ...massage, end: { kind: "never" } })).toBe(
      "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO",
    );
    expect(scheduleToRRule({ ...massage, end: { kind: "until", date: "2026-06-30" } })).toBe(
      "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO;UNTIL=20260630T235959",
    );
  });

  it("writes UNTIL in UTC when DTSTART has a TZID", () => {
    expect(
      scheduleToRRule(
        { ...massage, end: { kind: "until", date: "2026-06-30" } },
        "America/New_York",
      ),
    ).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO;UNTIL=20260701T035959Z");
  });

  it("gives an RRULE that ical.js expands, with a TZID, to exactly our occurrences", () => {
    const schedule: ItemSchedule = { ...massage, end: { kind: "until", date: "2026-12-31" } };
    const zone = "America/New_York";
    const ours = expandOccurrences(
      { itemId: "a", schedule, exceptions: [], added: [], pauses: [] },
      zone,
      { from: "2026-01-01T00:00:00Z", to: "2027-02-01T00:00:00Z" },
    );
    // ical.js in UTC mode: the floating series read back as wall times must match ours.
    const iterator = ICAL.Recur.fromString(scheduleToRRule(schedule)).iterator(
      ICAL.Time.fromDateTimeString("2026-03-03T10:00:00"),
    );
    const theirs: string[] = [];
    const nextOf = (): ICAL.Time | null => iterator.next();
    for (let next = nextOf(); next !== null; next = nextOf()) {
      theirs.push(next.toString().slice(0, 16));
    }
    expect(ours.map((each) => each.key)).toEqual(theirs);
    expect(ours).toHaveLength(22);
  });
});

describe("describeSchedule", () => {
  it("says the schedule in plain words", () => {
    expect(describeSchedule({ ...massage, end: { kind: "never" } }, "en-GB")).toBe(
      "Every 2 weeks on Tuesday at 10:00, 60 min, from 3 March 2026",
    );
    expect(
      describeSchedule(
        { ...massage, cadence: { kind: "weekly", interval: 1, days: ["TH", "MO"] } },
        "en-US",
      ),
    ).toBe("Every week on Monday and Thursday at 10:00, 60 min, from March 3, 2026, 10 times");
    expect(
      describeSchedule(
        {
          ...massage,
          cadence: { kind: "daily", interval: 1 },
          durationMinutes: 5,
          end: { kind: "until", date: "2026-05-31" },
        },
        "en-GB",
      ),
    ).toBe("Every day at 10:00, 5 min, from 3 March 2026, until 31 May 2026");
    expect(
      describeSchedule(
        { ...massage, cadence: { kind: "after-last-held", intervalWeeks: 2 } },
        "en-GB",
      ),
    ).toContain("2 weeks after the last session held");
  });
});

describe("nextOccurrences", () => {
  it("gives the next sessions from now for the builder preview", () => {
    const next = nextOccurrences(massage, "Europe/Paris", "2026-03-10T00:00:00Z", 3);
    expect(next.map((each) => [each.localDate, each.localTime])).toEqual([
      ["2026-03-17", "10:00"],
      ["2026-03-31", "10:00"],
      ["2026-04-14", "10:00"],
    ]);
  });

  it("gives fewer when the schedule ends, and none past its end", () => {
    expect(nextOccurrences(massage, "UTC", "2026-03-01T00:00:00Z", 50)).toHaveLength(10);
    expect(nextOccurrences(massage, "UTC", "2030-01-01T00:00:00Z", 5)).toEqual([]);
  });

  it("leaves out cancelled sessions", () => {
    const next = nextOccurrences(massage, "UTC", "2026-03-01T00:00:00Z", 2, {
      exceptions: [{ originalStart: "2026-03-03T10:00", kind: "cancelled" }],
    });
    expect(next.map((each) => each.localDate)).toEqual(["2026-03-17", "2026-03-31"]);
  });
});
