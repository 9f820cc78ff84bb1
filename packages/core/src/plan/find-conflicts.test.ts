import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandOccurrences } from "./expand-occurrences.js";
import { findConflicts } from "./find-conflicts.js";
import type { ItemSchedule, Occurrence } from "./schedule.schema.js";

function occurrence(
  itemId: string,
  start: string,
  minutes: number,
  status: Occurrence["status"] = "scheduled",
): Occurrence {
  const end = new Date(Date.parse(start) + minutes * 60_000).toISOString();
  return {
    itemId,
    key: start.slice(0, 16),
    start,
    end,
    localDate: start.slice(0, 10),
    localTime: start.slice(11, 16),
    status,
  };
}

describe("findConflicts (issue 11: over every occurrence)", () => {
  it("finds a clash deep in the series, not only in the first two sessions", () => {
    const base: ItemSchedule = {
      cadence: { kind: "weekly", interval: 1, days: ["TU"] },
      startDate: "2026-03-03",
      timeOfDay: "10:00",
      durationMinutes: 60,
      end: { kind: "count", count: 30 },
    };
    const window = { from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z" };
    const candidate = expandOccurrences(
      { itemId: "massage", schedule: base, exceptions: [], added: [], pauses: [] },
      "UTC",
      window,
    );
    const existing = expandOccurrences(
      {
        itemId: "yoga",
        schedule: {
          ...base,
          cadence: { kind: "monthly", interval: 1 },
          startDate: "2026-09-01",
          timeOfDay: "10:30",
        },
        exceptions: [],
        added: [],
        pauses: [],
      },
      "UTC",
      window,
    );
    // 1 September 2026 is a Tuesday: the 27th massage meets the first yoga class.
    expect(findConflicts(candidate, existing).map(({ a, b }) => [a.key, b.key])).toEqual([
      ["2026-09-01T10:00", "2026-09-01T10:30"],
    ]);
  });

  it("treats touching sessions as no clash and ignores cancelled, paused and same-item ones", () => {
    const a = [occurrence("x", "2026-03-03T10:00:00.000Z", 60)];
    expect(findConflicts(a, [occurrence("y", "2026-03-03T11:00:00.000Z", 30)])).toEqual([]);
    expect(
      findConflicts(a, [occurrence("y", "2026-03-03T10:30:00.000Z", 30, "cancelled")]),
    ).toEqual([]);
    expect(findConflicts(a, [occurrence("y", "2026-03-03T10:30:00.000Z", 30, "paused")])).toEqual(
      [],
    );
    expect(findConflicts(a, [occurrence("x", "2026-03-03T10:30:00.000Z", 30)])).toEqual([]);
    expect(findConflicts(a, [occurrence("y", "2026-03-03T09:30:00.000Z", 31)])).toHaveLength(1);
  });

  it("property: finds exactly the pairs a check of every pair finds", () => {
    const item = fc.record({
      minute: fc.integer({ min: 0, max: 3000 }),
      minutes: fc.integer({ min: 1, max: 240 }),
      itemId: fc.constantFrom("a", "b", "c"),
      status: fc.constantFrom<Occurrence["status"]>(
        "scheduled",
        "moved",
        "cancelled",
        "paused",
        "held",
      ),
    });
    const toOccurrence = (each: {
      minute: number;
      minutes: number;
      itemId: string;
      status: Occurrence["status"];
    }) =>
      occurrence(
        each.itemId,
        new Date(Date.UTC(2026, 2, 1) + each.minute * 60_000).toISOString(),
        each.minutes,
        each.status,
      );
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 40 }),
        fc.array(item, { maxLength: 40 }),
        (left, right) => {
          const candidate = left.map(toOccurrence);
          const existing = right.map(toOccurrence);
          const live = (each: Occurrence) =>
            each.status !== "cancelled" && each.status !== "paused";
          const expected = candidate.flatMap((a) =>
            existing
              .filter(
                (b) =>
                  live(a) && live(b) && a.itemId !== b.itemId && a.start < b.end && b.start < a.end,
              )
              .map((b) => ({ a, b })),
          );
          const key = ({ a, b }: { a: Occurrence; b: Occurrence }) =>
            `${a.start}|${a.itemId}|${a.end}|${b.start}|${b.itemId}|${b.end}`;
          expect(findConflicts(candidate, existing).map(key).sort()).toEqual(
            expected.map(key).sort(),
          );
        },
      ),
    );
  });
});
