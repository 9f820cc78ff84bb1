import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkSessionTimes,
  followUpDueAt,
  isFollowUpOpen,
  isLateAnswer,
  isSessionRetryOf,
  painChangeWords,
  sessionEnd,
  sessionTitle,
  suggestedSessionStart,
} from "./session-rules.js";
import { logSessionRequestSchema, type TherapySession } from "./sessions.schema.js";

const now = new Date("2026-03-29T12:00:00.000Z");

describe("the suggested start of a session to log", () => {
  it("is now minus the length when nothing is planned, so the defaults pass the time check", () => {
    const start = suggestedSessionStart({ durationMinutes: 60 }, now);
    expect(start).toBe("2026-03-29T11:00:00.000Z");
    expect(checkSessionTimes({ startedAt: start, durationMinutes: 60 }, now)).toBeUndefined();
  });

  it("keeps a planned start that has ended, and moves one that would end in the future", () => {
    expect(
      suggestedSessionStart({ plannedStart: "2026-03-29T09:00:00.000Z", durationMinutes: 60 }, now),
    ).toBe("2026-03-29T09:00:00.000Z");
    expect(
      suggestedSessionStart({ plannedStart: "2026-03-29T11:30:00.000Z", durationMinutes: 60 }, now),
    ).toBe("2026-03-29T11:00:00.000Z");
  });

  it("always passes the time check and falls on a whole minute (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 480 }),
        fc.integer({ min: 0, max: 86_400_000 }),
        // Plans start on whole minutes.
        fc.option(fc.integer({ min: -1440, max: 1440 }), { nil: undefined }),
        (durationMinutes, offsetMs, plannedOffsetMinutes) => {
          const at = new Date(now.getTime() + offsetMs);
          const plannedStart =
            plannedOffsetMinutes === undefined
              ? undefined
              : new Date(now.getTime() + plannedOffsetMinutes * 60_000).toISOString();
          const start = suggestedSessionStart({ plannedStart, durationMinutes }, at);
          expect(checkSessionTimes({ startedAt: start, durationMinutes }, at)).toBeUndefined();
          expect(Date.parse(start) % 60_000).toBe(0);
        },
      ),
    );
  });
});

describe("session times", () => {
  it("accepts a session that ended now, and one ending within the 5-minute clock skew", () => {
    expect(
      checkSessionTimes({ startedAt: "2026-03-29T11:00:00.000Z", durationMinutes: 60 }, now),
    ).toBeUndefined();
    expect(
      checkSessionTimes({ startedAt: "2026-03-29T11:05:00.000Z", durationMinutes: 60 }, now),
    ).toBeUndefined();
  });

  it("refuses an end more than 5 minutes ahead, on the length", () => {
    expect(
      checkSessionTimes({ startedAt: "2026-03-29T11:05:00.000Z", durationMinutes: 61 }, now),
    ).toMatchObject({ path: "durationMinutes" });
  });

  it("refuses a start in the future, on the start", () => {
    expect(
      checkSessionTimes({ startedAt: "2026-03-29T13:00:00.000Z", durationMinutes: 30 }, now),
    ).toMatchObject({ path: "startedAt" });
  });

  it("never accepts an end later than now + 5 minutes (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10 * 86_400, max: 86_400 }),
        fc.integer({ min: 1, max: 480 }),
        (offsetSeconds, durationMinutes) => {
          const startedAt = new Date(now.getTime() + offsetSeconds * 1000).toISOString();
          const problem = checkSessionTimes({ startedAt, durationMinutes }, now);
          const end = Date.parse(sessionEnd(startedAt, durationMinutes));
          return (problem === undefined) === end <= now.getTime() + 5 * 60_000;
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("follow-ups", () => {
  it("are due 24 and 48 hours after the end, in instants (a DST night in Paris is 23 hours of clock)", () => {
    // Paris moved its clocks on 29 March 2026 at 01:00 UTC: the due time stays 24 real hours on.
    const end = sessionEnd("2026-03-28T09:00:00.000Z", 60);
    expect(followUpDueAt(end, "24h")).toBe("2026-03-29T10:00:00.000Z");
    expect(followUpDueAt(end, "48h")).toBe("2026-03-30T10:00:00.000Z");
  });

  it("opens at its due time, and an answer more than a day later is marked late", () => {
    const dueAt = "2026-03-29T10:00:00.000Z";
    expect(isFollowUpOpen(dueAt, new Date("2026-03-29T09:59:59.999Z"))).toBe(false);
    expect(isFollowUpOpen(dueAt, new Date(dueAt))).toBe(true);
    expect(isLateAnswer(dueAt, "2026-03-30T10:00:00.000Z")).toBe(false);
    expect(isLateAnswer(dueAt, "2026-03-30T10:00:00.001Z")).toBe(true);
  });
});

describe("retries and words", () => {
  const body = logSessionRequestSchema.parse({
    idempotencyKey: "6f1f3a4e-3c9b-4b53-9d1e-2f0a6b2c8d11",
    startedAt: "2026-03-29T09:00:00Z",
    durationMinutes: 60,
    therapyId: "swedish-massage",
    painBefore: 6,
    painAfter: 3,
  });
  const stored = {
    ...body,
    regionPain: null,
    id: "x",
  } as unknown as TherapySession;

  it("a retry repeats every field; a change under the same key is not a retry", () => {
    expect(isSessionRetryOf(body, stored)).toBe(true);
    expect(isSessionRetryOf({ ...body, painAfter: 4 }, stored)).toBe(false);
  });

  it("names the session by its therapy or custom name", () => {
    expect(sessionTitle({ therapyId: "swedish-massage", customName: null })).toMatch(/Swedish/);
    expect(sessionTitle({ therapyId: null, customName: "Cupping" })).toBe("Cupping");
  });

  it("shows before → after with a dash for a missing score", () => {
    expect(painChangeWords(6, 3)).toBe("6 → 3");
    expect(painChangeWords(null, 3)).toBe("– → 3");
  });
});
