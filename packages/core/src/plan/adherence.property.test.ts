import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  adherenceOf,
  adherenceRatio,
  adherenceReport,
  occurrenceOutcomes,
  type Adherence,
  type AdherenceInput,
} from "./adherence.js";
import { occurrenceStatuses, type Occurrence } from "./schedule.schema.js";
import { addCalendarDays } from "../time/calendar-date.js";

const runs = { numRuns: 300 };
const dayMs = 86_400_000;
const baseMs = Date.UTC(2026, 0, 1);
const items = ["a", "b", "c"] as const;

/** An occurrence on one of 60 days from 1 January 2026, at a quarter hour, 15–120 minutes. */
const anOccurrence = fc
  .record({
    itemId: fc.constantFrom(...items),
    day: fc.integer({ min: 0, max: 59 }),
    quarter: fc.integer({ min: 0, max: 95 }),
    minutes: fc.integer({ min: 15, max: 120 }),
    status: fc.constantFrom(...occurrenceStatuses),
  })
  .map(({ itemId, day, quarter, minutes, status }): Occurrence => {
    const startMs = baseMs + day * dayMs + quarter * 15 * 60_000;
    const start = new Date(startMs).toISOString();
    return {
      itemId,
      key: start.slice(0, 16),
      start,
      end: new Date(startMs + minutes * 60_000).toISOString(),
      localDate: start.slice(0, 10),
      localTime: start.slice(11, 16),
      status,
    };
  });

/** Occurrences with distinct keys per item, as expansion gives them. */
const occurrences = fc.uniqueArray(anOccurrence, {
  maxLength: 60,
  selector: (occurrence) => `${occurrence.itemId} ${occurrence.key}`,
});

const anInput = fc
  .record({
    occurrences,
    fromDay: fc.integer({ min: 0, max: 59 }),
    length: fc.integer({ min: 0, max: 59 }),
    nowDay: fc.integer({ min: 0, max: 70 }),
    cancelledOffsetMinutes: fc.integer({ min: -600, max: 600 }),
    pause: fc.option(fc.tuple(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 5 }))),
  })
  .map((drawn): AdherenceInput => {
    const from = addCalendarDays("2026-01-01", drawn.fromDay);
    const cancelledAt = new Map(
      drawn.occurrences
        .filter((occurrence) => occurrence.status === "cancelled")
        .map((occurrence) => [
          `${occurrence.itemId} ${occurrence.key}`,
          new Date(
            Date.parse(occurrence.start) + drawn.cancelledOffsetMinutes * 60_000,
          ).toISOString(),
        ]),
    );
    const pauses =
      drawn.pause === null
        ? []
        : [
            {
              from: addCalendarDays("2026-01-01", drawn.pause[0]),
              until: addCalendarDays("2026-01-01", drawn.pause[0] + drawn.pause[1]),
            },
          ];
    return {
      from,
      to: addCalendarDays(from, drawn.length),
      now: new Date(baseMs + drawn.nowDay * dayMs).toISOString(),
      itemIds: items,
      occurrences: drawn.occurrences,
      cancelledAt,
      pauses,
    };
  });

const counts = (adherence: Adherence) =>
  adherence.kind === "nothing-planned"
    ? { done: 0, missed: 0, upcoming: adherence.upcoming }
    : { done: adherence.done, missed: adherence.missed, upcoming: adherence.upcoming };

function sum(list: readonly Adherence[]) {
  return list.map(counts).reduce(
    (total, each) => ({
      done: total.done + each.done,
      missed: total.missed + each.missed,
      upcoming: total.upcoming + each.upcoming,
    }),
    { done: 0, missed: 0, upcoming: 0 },
  );
}

describe("adherence properties", () => {
  it("the ratio is in [0, 1]; nothing planned has no ratio and is never called 0 % or 100 %", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...occurrenceOutcomes)), (outcomes) => {
        const adherence = adherenceOf(outcomes);
        const ratio = adherenceRatio(adherence);
        const due = outcomes.filter((each) => each === "done" || each === "missed").length;
        if (due === 0) {
          expect(adherence.kind).toBe("nothing-planned");
          expect(ratio).toBeUndefined();
        } else {
          expect(ratio).toBeGreaterThanOrEqual(0);
          expect(ratio).toBeLessThanOrEqual(1);
        }
      }),
      runs,
    );
  });

  it("adding a held occurrence never lowers adherence", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...occurrenceOutcomes)), (outcomes) => {
        const before = adherenceRatio(adherenceOf(outcomes)) ?? 0;
        const after = adherenceRatio(adherenceOf([...outcomes, "done"]));
        expect(after).toBeDefined();
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      runs,
    );
  });

  it("marking one occurrence held never lowers its item's or the overall adherence", () => {
    fc.assert(
      fc.property(anInput, fc.nat(), (input, pick) => {
        const index = input.occurrences.length === 0 ? -1 : pick % input.occurrences.length;
        const changed = input.occurrences.map((occurrence, at) =>
          at === index ? { ...occurrence, status: "held" as const } : occurrence,
        );
        const before = adherenceReport(input);
        const after = adherenceReport({ ...input, occurrences: changed });
        const ratio = (adherence: Adherence) => adherenceRatio(adherence) ?? 0;
        expect(ratio(after.overall.period)).toBeGreaterThanOrEqual(ratio(before.overall.period));
        after.items.forEach((item, at) => {
          const earlier = before.items[at];
          if (earlier === undefined) throw new Error("items differ");
          expect(ratio(item.period)).toBeGreaterThanOrEqual(ratio(earlier.period));
        });
      }),
      runs,
    );
  });

  it("sums are exact: items add up to the whole, weeks add up to the period", () => {
    fc.assert(
      fc.property(anInput, (input) => {
        const report = adherenceReport(input);
        const overall = counts(report.overall.period);
        expect(sum(report.items.map((item) => item.period))).toEqual(overall);
        expect(sum(report.overall.weeks.map((week) => week.adherence))).toEqual(overall);
        for (const item of report.items) {
          expect(sum(item.weeks.map((week) => week.adherence))).toEqual(counts(item.period));
        }
        const judged = report.judged.filter(
          (entry) => entry.outcome === "done" || entry.outcome === "missed",
        ).length;
        expect(overall.done + overall.missed).toBe(judged);
      }),
      runs,
    );
  });

  it("paused days never count, and no week is left out of the period", () => {
    fc.assert(
      fc.property(anInput, (input) => {
        const report = adherenceReport(input);
        for (const { occurrence, outcome } of report.judged) {
          const isPaused = input.pauses.some(
            (pause) => pause.from <= occurrence.localDate && occurrence.localDate <= pause.until,
          );
          if (isPaused || occurrence.status === "paused") expect(outcome).toBe("paused");
          expect(occurrence.localDate >= input.from && occurrence.localDate <= input.to).toBe(true);
        }
        const weeks = report.overall.weeks.map((week) => week.weekStart);
        expect((weeks[0] ?? "") <= input.from).toBe(true);
        expect(addCalendarDays(weeks.at(-1) ?? "", 6) >= input.to).toBe(true);
        expect(new Set(report.overall.weeks.map((week) => week.isoWeek)).size).toBe(weeks.length);
      }),
      runs,
    );
  });
});
