import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultReminderSettings, type ReminderSettings } from "./reminder-settings.schema.js";
import {
  dueFollowUps,
  dueReminders,
  isInQuietHours,
  isStillWanted,
  isSuppressed,
  isTooLate,
  minimumNoticeMinutes,
  plannedReminders,
  reminderDedupeKey,
  shiftOutOfQuietHours,
  type ReminderOccurrence,
} from "./reminder-rules.js";

const berlin = "Europe/Berlin";
const both = { push: true, email: true } as const;

function occurrence(start: string, status: ReminderOccurrence["status"] = "scheduled") {
  return { itemId: "item-1", key: "2026-03-30T10:00", start, status };
}

function settings(change: Partial<ReminderSettings> = {}): ReminderSettings {
  return { ...defaultReminderSettings, ...change };
}

describe("plannedReminders", () => {
  it("sends each sent channel that is on and available, lead minutes before the start", () => {
    const planned = plannedReminders({
      occurrences: [occurrence("2026-03-30T08:00:00.000Z")],
      settings: settings({ leadMinutes: 24 * 60 }),
      zone: berlin,
      available: { push: true, email: false },
    });
    expect(planned).toEqual([
      {
        itemId: "item-1",
        occurrenceKey: "2026-03-30T10:00",
        occurrenceStart: "2026-03-30T08:00:00.000Z",
        channel: "push",
        sendAt: "2026-03-29T08:00:00.000Z",
      },
    ]);
  });

  it("gives cancelled, paused and held occurrences no reminder; moved and added ones get one", () => {
    const statuses = ["cancelled", "paused", "held", "moved", "added", "scheduled"] as const;
    const planned = plannedReminders({
      occurrences: statuses.map((status) => occurrence("2026-03-30T08:00:00.000Z", status)),
      settings: settings(),
      zone: berlin,
      available: { push: true, email: false },
    });
    expect(planned).toHaveLength(3);
  });

  it("turns a channel off without touching the other", () => {
    const planned = plannedReminders({
      occurrences: [occurrence("2026-03-30T08:00:00.000Z")],
      settings: settings({ channels: { feed: true, push: false, email: true } }),
      zone: berlin,
      available: both,
    });
    expect(planned.map((reminder) => reminder.channel)).toEqual(["email"]);
  });
});

describe("quiet hours (local clock of the owner's zone)", () => {
  const night = { from: "22:00", until: "07:00" };

  it("knows a window across midnight and one within a day", () => {
    // 23:30 in Berlin (CEST, UTC+2) on 30 March 2026.
    expect(isInQuietHours("2026-03-30T21:30:00.000Z", night, berlin)).toBe(true);
    expect(isInQuietHours("2026-03-30T05:00:00.000Z", night, berlin)).toBe(false);
    expect(isInQuietHours("2026-03-30T04:59:00.000Z", night, berlin)).toBe(true);
    const lunch = { from: "12:00", until: "13:00" };
    expect(isInQuietHours("2026-03-30T10:30:00.000Z", lunch, berlin)).toBe(true);
    expect(isInQuietHours("2026-03-30T11:00:00.000Z", lunch, berlin)).toBe(false);
  });

  it("shifts later to the end of quiet hours when that still leaves enough notice", () => {
    // Session 09:00 Berlin, lead 3 h → 06:00, quiet until 07:00 → 07:00 local (05:00Z).
    expect(
      shiftOutOfQuietHours("2026-03-30T04:00:00.000Z", "2026-03-30T07:00:00.000Z", night, berlin),
    ).toBe("2026-03-30T05:00:00.000Z");
  });

  it("shifts earlier, to the evening before, when the end of quiet hours is too late", () => {
    // Session 07:05 Berlin, lead 60 → 06:05; 07:00 leaves 5 min → 21:59 the day before.
    expect(
      shiftOutOfQuietHours("2026-03-30T04:05:00.000Z", "2026-03-30T05:05:00.000Z", night, berlin),
    ).toBe("2026-03-29T19:59:00.000Z");
  });

  it("keeps local clock times across the spring-forward night (29 March 2026 in Berlin)", () => {
    // 01:30 CET on 29 March (00:30Z) is quiet; quiet ends at 07:00 CEST = 05:00Z.
    expect(
      shiftOutOfQuietHours("2026-03-29T00:30:00.000Z", "2026-03-29T08:00:00.000Z", night, berlin),
    ).toBe("2026-03-29T05:00:00.000Z");
  });

  it("keeps the notice for a session at the very start of the quiet hours (found by the property)", () => {
    // Quiet 01:00–00:00 in Berlin, a session at 01:00 CET with no lead: 00:50, not 00:59.
    const quiet = { from: "01:00", until: "00:00" };
    expect(
      shiftOutOfQuietHours("2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z", quiet, berlin),
    ).toBe("2025-12-31T23:50:00.000Z");
  });

  it("on a night the clocks skip the start of the quiet hours, sends just before the jump (found by the property)", () => {
    // Lord Howe Island springs forward 30 minutes at 02:00 on 3 October 2027 (02:00 → 02:30).
    // Quiet from 02:01 until 00:00, a session at 02:40 with no lead: not 02:30 (already quiet).
    const quiet = { from: "02:01", until: "00:00" };
    const start = "2027-10-02T15:40:00.000Z";
    const shifted = shiftOutOfQuietHours(start, start, quiet, "Australia/Lord_Howe");
    expect(isInQuietHours(shifted, quiet, "Australia/Lord_Howe")).toBe(false);
    expect(shifted).toBe("2027-10-02T15:29:00.000Z");
  });

  it("never leaves a shifted reminder in quiet hours, nor later than the notice allows (property)", () => {
    const zones = ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"];
    const clock = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse("2026-01-01"), max: Date.parse("2027-12-31") }),
        fc.integer({ min: 0, max: 3 * 24 * 60 }),
        clock,
        clock,
        fc.constantFrom(...zones),
        (startMs, lead, from, until, zone) => {
          fc.pre(from !== until);
          // Awake time before the quiet hours long enough for the notice, even on a DST night.
          const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
          const awake = (minutesOf(from) - minutesOf(until) + 24 * 60) % (24 * 60);
          fc.pre(awake >= minimumNoticeMinutes + 60);
          const start = new Date(Math.floor(startMs / 60_000) * 60_000).toISOString();
          const sendAt = new Date(Date.parse(start) - lead * 60_000).toISOString();
          const quiet = { from, until };
          const shifted = shiftOutOfQuietHours(sendAt, start, quiet, zone);
          if (!isInQuietHours(sendAt, quiet, zone)) return shifted === sendAt;
          const laterOk = Date.parse(shifted) <= Date.parse(start) - minimumNoticeMinutes * 60_000;
          return !isInQuietHours(shifted, quiet, zone) && laterOk;
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("catch-up, snooze and stop", () => {
  it("drops a late reminder whose session starts in less than the minimum notice", () => {
    const reminder = {
      occurrenceStart: "2026-03-30T08:00:00.000Z",
      sendAt: "2026-03-29T08:00:00.000Z",
    };
    expect(isTooLate(reminder, new Date("2026-03-30T07:50:00.000Z"))).toBe(false);
    expect(isTooLate(reminder, new Date("2026-03-30T07:50:00.001Z"))).toBe(true);
    expect(isTooLate(reminder, new Date("2026-03-30T09:00:00.000Z"))).toBe(true);
  });

  it("always sends a reminder on time, even with a lead time under the minimum notice", () => {
    const atStart = {
      occurrenceStart: "2026-03-30T08:00:00.000Z",
      sendAt: "2026-03-30T08:00:00.000Z",
    };
    expect(isTooLate(atStart, new Date("2026-03-30T08:00:00.000Z"))).toBe(false);
    expect(isTooLate(atStart, new Date("2026-03-30T08:02:00.000Z"))).toBe(false);
    expect(isTooLate(atStart, new Date("2026-03-30T08:02:00.001Z"))).toBe(true);
    const fiveBefore = {
      occurrenceStart: "2026-03-30T08:00:00.000Z",
      sendAt: "2026-03-30T07:55:00.000Z",
    };
    // Ten minutes late, with two left: under the five it was meant to give.
    expect(isTooLate(fiveBefore, new Date("2026-03-30T07:58:00.000Z"))).toBe(true);
    expect(isTooLate(fiveBefore, new Date("2026-03-30T07:56:00.000Z"))).toBe(false);
  });

  it("a reminder is never too late at its own send time (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse("2026-01-01"), max: Date.parse("2027-01-01") }),
        fc.integer({ min: 0, max: 7 * 24 * 60 }),
        fc.integer({ min: 0, max: 2 * 60_000 }),
        (startMs, lead, delay) => {
          const reminder = {
            occurrenceStart: new Date(startMs).toISOString(),
            sendAt: new Date(startMs - lead * 60_000).toISOString(),
          };
          return !isTooLate(reminder, new Date(startMs - lead * 60_000 + delay));
        },
      ),
    );
  });

  it("holds back reminders before the snooze ends, and every reminder when stopped", () => {
    const snoozed = { stopped: false, snoozedUntil: "2026-03-30T12:00:00.000Z" };
    expect(isSuppressed(snoozed, "2026-03-30T11:59:00.000Z")).toBe(true);
    expect(isSuppressed(snoozed, "2026-03-30T12:00:00.000Z")).toBe(false);
    expect(isSuppressed({ stopped: true, snoozedUntil: null }, "2030-01-01T00:00:00.000Z")).toBe(
      true,
    );
  });

  it("dueReminders leaves out suppressed and too-late ones; a superseded job is no longer wanted", () => {
    const input = {
      occurrences: [occurrence("2026-03-30T08:00:00.000Z")],
      settings: settings({ leadMinutes: 30 }),
      zone: berlin,
      available: { push: true, email: false },
    };
    const [planned] = plannedReminders(input);
    if (planned === undefined) throw new Error("expected a reminder");
    const due = dueReminders({ ...input, now: new Date("2026-03-30T07:00:00.000Z") });
    expect(isStillWanted(planned, due)).toBe(true);
    const late = dueReminders({ ...input, now: new Date("2026-03-30T07:55:00.000Z") });
    expect(isStillWanted(planned, late)).toBe(false);
    const newLead = dueReminders({
      ...input,
      settings: settings({ leadMinutes: 45 }),
      now: new Date("2026-03-30T07:00:00.000Z"),
    });
    expect(isStillWanted(planned, newLead)).toBe(false);
    const stopped = dueReminders({
      ...input,
      settings: settings({ stopped: true }),
      now: new Date("2026-03-30T07:00:00.000Z"),
    });
    expect(stopped).toEqual([]);
  });

  it("names one job per person, item, occurrence, channel and send time", () => {
    const [a, b] = plannedReminders({
      occurrences: [occurrence("2026-03-30T08:00:00.000Z")],
      settings: settings(),
      zone: berlin,
      available: both,
    });
    if (a === undefined || b === undefined) throw new Error("expected two reminders");
    expect(reminderDedupeKey("u1", a)).not.toBe(reminderDedupeKey("u1", b));
    expect(reminderDedupeKey("u1", a)).toBe(reminderDedupeKey("u1", { ...a }));
    expect(reminderDedupeKey("u1", a)).not.toBe(reminderDedupeKey("u2", a));
  });
});

describe("follow-ups a day after a held session", () => {
  const held = {
    itemId: "item-1",
    key: "2026-03-30T10:00",
    status: "held" as const,
    end: "2026-03-30T09:00:00.000Z",
  };
  const input = {
    occurrences: [held, { ...held, key: "2026-03-31T10:00", status: "scheduled" as const }],
    settings: settings(),
    zone: berlin,
    available: { push: true, email: false },
    now: new Date("2026-03-30T12:00:00.000Z"),
  };

  it("asks once per held session and channel, a day after it ended", () => {
    expect(dueFollowUps(input)).toEqual([
      {
        itemId: "item-1",
        occurrenceKey: "2026-03-30T10:00",
        channel: "push",
        sendAt: "2026-03-31T09:00:00.000Z",
      },
    ]);
  });

  it("moves a check-in out of quiet hours to their end, and asks nothing when turned off or stopped", () => {
    const quiet = dueFollowUps({
      ...input,
      settings: settings({ quietHours: { from: "10:00", until: "12:00" } }),
    });
    expect(quiet.map((followUp) => followUp.sendAt)).toEqual(["2026-03-31T10:00:00.000Z"]);
    expect(dueFollowUps({ ...input, settings: settings({ followUps: false }) })).toEqual([]);
    expect(dueFollowUps({ ...input, settings: settings({ stopped: true }) })).toEqual([]);
  });

  it("drops a check-in more than half a day past its time", () => {
    expect(dueFollowUps({ ...input, now: new Date("2026-03-31T21:00:00.000Z") })).toHaveLength(1);
    expect(dueFollowUps({ ...input, now: new Date("2026-03-31T21:00:00.001Z") })).toEqual([]);
  });
});
