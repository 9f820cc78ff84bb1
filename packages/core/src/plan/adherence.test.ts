import { describe, expect, it } from "vitest";
import {
  adherenceOf,
  adherencePercent,
  adherenceRatio,
  adherenceReport,
  isoWeekOf,
  judgeOccurrence,
  type AdherenceInput,
} from "./adherence.js";
import type { Occurrence, OccurrenceStatus } from "./schedule.schema.js";

/** A UTC-zone occurrence of `itemId` at `key` lasting 30 minutes. */
function anOccurrence(itemId: string, key: string, status: OccurrenceStatus = "scheduled") {
  const start = new Date(`${key}:00Z`);
  return {
    itemId,
    key,
    start: start.toISOString(),
    end: new Date(start.getTime() + 30 * 60_000).toISOString(),
    localDate: key.slice(0, 10),
    localTime: key.slice(11),
    status,
  } satisfies Occurrence;
}

const none = { cancelledAt: new Map<string, string>(), pauses: [] };

function input(change: Partial<AdherenceInput>): AdherenceInput {
  return {
    from: "2026-03-02",
    to: "2026-03-15",
    now: "2026-03-20T00:00:00.000Z",
    itemIds: ["a"],
    occurrences: [],
    ...none,
    ...change,
  };
}

/**
 * Vectors after Apple CareKit, CareKitStore `OCKAdherence.swift` (cases `noTasks`, `noEvents`,
 * `progress(fractionCompleted)`) and `OCKAdherenceAggregator.swift` (`.countOutcomes`: each
 * event is 1 with an outcome, 0 without; the value is their average; an empty list of events
 * is `.noEvents`), https://github.com/carekit-apple/CareKit.
 */
describe("adherence (CareKit semantics)", () => {
  it("no events is 'nothing planned', not 0 % and not 100 % (OCKAdherence.noEvents)", () => {
    const adherence = adherenceOf([]);
    expect(adherence).toEqual({ kind: "nothing-planned", upcoming: 0 });
    expect(adherenceRatio(adherence)).toBeUndefined();
    expect(adherencePercent(adherence)).toBeUndefined();
  });

  it("each event counts once: 3 events, 2 with an outcome → 2/3 (countOutcomes)", () => {
    const adherence = adherenceOf(["done", "missed", "done"]);
    expect(adherence).toEqual({ kind: "progress", done: 2, missed: 1, expected: 3, upcoming: 0 });
    expect(adherenceRatio(adherence)).toBeCloseTo(2 / 3, 12);
    expect(adherencePercent(adherence)).toBe(66);
  });

  it("all missed is 0 %, a real value and not 'nothing planned'", () => {
    expect(adherencePercent(adherenceOf(["missed", "missed"]))).toBe(0);
  });

  it("rounds the percent down, so 100 % means every one was done", () => {
    const outcomes = [...Array.from({ length: 199 }, () => "done" as const), "missed" as const];
    expect(adherencePercent(adherenceOf(outcomes))).toBe(99);
  });

  it("only upcoming sessions is still 'nothing planned' so far, with the count to come", () => {
    expect(adherenceOf(["upcoming", "upcoming"])).toEqual({
      kind: "nothing-planned",
      upcoming: 2,
    });
  });
});

describe("judgeOccurrence", () => {
  const now = "2026-03-10T12:00:00.000Z";

  it("held is done, even before its end", () => {
    expect(judgeOccurrence(anOccurrence("a", "2026-03-10T12:00", "held"), now, none)).toBe("done");
  });

  it("past its end and not held is missed; not yet over is upcoming", () => {
    expect(judgeOccurrence(anOccurrence("a", "2026-03-10T11:30"), now, none)).toBe("missed");
    expect(judgeOccurrence(anOccurrence("a", "2026-03-10T11:45"), now, none)).toBe("upcoming");
  });

  it("cancelled ahead of time is not a miss; cancelled after it started is", () => {
    const occurrence = anOccurrence("a", "2026-03-09T10:00", "cancelled");
    const ahead = {
      ...none,
      cancelledAt: new Map([["a 2026-03-09T10:00", "2026-03-09T09:59:00Z"]]),
    };
    const late = {
      ...none,
      cancelledAt: new Map([["a 2026-03-09T10:00", "2026-03-09T10:00:00Z"]]),
    };
    expect(judgeOccurrence(occurrence, now, ahead)).toBe("cancelled");
    expect(judgeOccurrence(occurrence, now, late)).toBe("missed");
    expect(judgeOccurrence(occurrence, now, none)).toBe("cancelled");
  });

  it("a moved session is judged at its new time", () => {
    const moved = anOccurrence("a", "2026-03-11T10:00", "moved");
    expect(judgeOccurrence(moved, now, none)).toBe("upcoming");
  });

  it("a paused day is left out, whatever happened that day", () => {
    const pauses = [{ from: "2026-03-09", until: "2026-03-09" }];
    for (const status of ["paused", "held", "scheduled", "cancelled"] as const) {
      const occurrence = anOccurrence("a", "2026-03-09T10:00", status);
      expect(judgeOccurrence(occurrence, now, { ...none, pauses })).toBe("paused");
    }
  });
});

describe("ISO 8601 weeks", () => {
  // Week starts (isoWeekStart) are tested in time/calendar-date.test.ts.
  it("weeks belong to their Thursday's year", () => {
    expect(isoWeekOf("2026-03-09")).toBe("2026-W11");
    // ISO 8601: 1 January 2021 (a Friday) is in 2020-W53; 29 December 2025 starts 2026-W01.
    expect(isoWeekOf("2021-01-01")).toBe("2020-W53");
    expect(isoWeekOf("2025-12-29")).toBe("2026-W01");
    expect(isoWeekOf("2026-01-04")).toBe("2026-W01");
  });
});

describe("adherenceReport", () => {
  it("counts two sessions on one day as two, per item and overall, per week and period", () => {
    const report = adherenceReport(
      input({
        itemIds: ["a", "b", "c"],
        occurrences: [
          anOccurrence("a", "2026-03-03T08:00", "held"),
          anOccurrence("a", "2026-03-03T20:00"),
          anOccurrence("b", "2026-03-10T09:00", "held"),
          anOccurrence("b", "2026-03-16T09:00", "held"), // after the period
        ],
      }),
    );
    expect(report.overall.period).toMatchObject({ kind: "progress", done: 2, expected: 3 });
    expect(report.overall.weeks.map((week) => [week.isoWeek, week.adherence])).toEqual([
      ["2026-W10", { kind: "progress", done: 1, missed: 1, expected: 2, upcoming: 0 }],
      ["2026-W11", { kind: "progress", done: 1, missed: 0, expected: 1, upcoming: 0 }],
    ]);
    const [a, b, c] = report.items;
    expect(a?.period).toMatchObject({ done: 1, missed: 1 });
    expect(b?.weeks[0]?.adherence.kind).toBe("nothing-planned");
    expect(c?.period).toEqual({ kind: "nothing-planned", upcoming: 0 });
    expect(report.judged.map((entry) => entry.outcome)).toEqual(["done", "missed", "done"]);
  });

  it("leaves out paused days and sessions cancelled ahead of time", () => {
    const report = adherenceReport(
      input({
        occurrences: [
          anOccurrence("a", "2026-03-04T10:00", "paused"),
          anOccurrence("a", "2026-03-05T10:00", "cancelled"),
          anOccurrence("a", "2026-03-06T10:00"),
        ],
        pauses: [{ from: "2026-03-04", until: "2026-03-04" }],
      }),
    );
    expect(report.overall.period).toMatchObject({ kind: "progress", done: 0, expected: 1 });
  });
});
