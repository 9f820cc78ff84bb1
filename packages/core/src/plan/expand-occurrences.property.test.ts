import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandOccurrences, type ExpansionInput } from "./expand-occurrences.js";
import { weekdays, type ItemSchedule, type OccurrenceException } from "./schedule.schema.js";
import { resolveWallTime, wallTimeOf } from "../time/wall-time.js";

// Far-apart zones with DST on both hemispheres, a half-hour zone and a 45-minute one.
const zones = [
  "America/New_York",
  "Australia/Sydney",
  "Pacific/Auckland",
  "Europe/London",
  "Asia/Kolkata",
  "Pacific/Chatham",
] as const;

const dayMs = 86_400_000;
const startMs = Date.UTC(2025, 0, 1);

const localDate = fc
  .integer({ min: 0, max: 3 * 365 })
  .map((days) => new Date(startMs + days * dayMs).toISOString().slice(0, 10));
// Times around the usual DST changes (01:00–03:00) come up often.
const timeOfDay = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 1, max: 3 })),
    fc.constantFrom(0, 15, 30, 45),
  )
  .map(([hour, minute]) => `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`);

const cadence = fc.oneof(
  fc.record({ kind: fc.constant("daily" as const), interval: fc.integer({ min: 1, max: 10 }) }),
  fc.record({
    kind: fc.constant("weekly" as const),
    interval: fc.integer({ min: 1, max: 4 }),
    days: fc.subarray([...weekdays], { minLength: 1 }),
  }),
  fc.record({ kind: fc.constant("monthly" as const), interval: fc.integer({ min: 1, max: 3 }) }),
);

const schedule: fc.Arbitrary<ItemSchedule> = fc.record({
  cadence,
  startDate: localDate,
  timeOfDay,
  durationMinutes: fc.integer({ min: 1, max: 480 }),
  end: fc.oneof(
    fc.constant({ kind: "never" as const }),
    fc.record({ kind: fc.constant("count" as const), count: fc.integer({ min: 1, max: 60 }) }),
  ),
});

const window = fc
  .tuple(fc.integer({ min: -30, max: 3 * 365 }), fc.integer({ min: 1, max: 400 }))
  .map(([fromDay, length]) => ({
    from: new Date(startMs + fromDay * dayMs + 3_600_000 * 7).toISOString(),
    to: new Date(startMs + (fromDay + length) * dayMs).toISOString(),
  }));

function input(item: ItemSchedule, more: Partial<ExpansionInput> = {}): ExpansionInput {
  return { itemId: "item", schedule: item, exceptions: [], added: [], pauses: [], ...more };
}

const runs = { numRuns: 60 };

describe("expandOccurrences properties (issue 11 'Tests and measures')", () => {
  it("sorted by start, one per key, within the window, each as long as the schedule says", () => {
    fc.assert(
      fc.property(schedule, fc.constantFrom(...zones), window, (item, zone, span) => {
        const sessions = expandOccurrences(input(item), zone, span);
        const starts = sessions.map((each) => Date.parse(each.start));
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        expect(new Set(sessions.map((each) => each.key)).size).toBe(sessions.length);
        for (const each of sessions) {
          expect(
            each.start >= new Date(span.from).toISOString() &&
              Date.parse(each.start) < Date.parse(span.to),
          ).toBe(true);
          expect(Date.parse(each.end) - Date.parse(each.start)).toBe(item.durationMinutes * 60_000);
        }
      }),
      runs,
    );
  });

  it("keeps the local time across DST: the chosen time, or moved forward when the clocks skip it", () => {
    fc.assert(
      fc.property(schedule, fc.constantFrom(...zones), window, (item, zone, span) => {
        for (const each of expandOccurrences(input(item), zone, span)) {
          expect(wallTimeOf(each.start, zone)).toBe(`${each.localDate}T${each.localTime}`);
          expect(each.key.slice(11)).toBe(item.timeOfDay);
          if (each.localTime !== item.timeOfDay) {
            expect(resolveWallTime(each.key, zone)?.kind).toBe("gap");
          }
        }
      }),
      runs,
    );
  });

  it("two adjacent windows give the same sessions as the window they make up", () => {
    fc.assert(
      fc.property(
        schedule,
        fc.constantFrom(...zones),
        window,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (item, zone, span, cut) => {
          const fromMs = Date.parse(span.from);
          const middle = new Date(
            fromMs + Math.floor((Date.parse(span.to) - fromMs) * cut),
          ).toISOString();
          const whole = expandOccurrences(input(item), zone, span);
          const parts = [
            ...expandOccurrences(input(item), zone, { from: span.from, to: middle }),
            ...expandOccurrences(input(item), zone, { from: middle, to: span.to }),
          ];
          expect(parts).toEqual(whole);
        },
      ),
      runs,
    );
  });

  it("respects COUNT: a window over the whole series holds exactly COUNT sessions", () => {
    fc.assert(
      fc.property(
        schedule,
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(...zones),
        (item, count, zone) => {
          const counted: ItemSchedule = { ...item, end: { kind: "count", count } };
          const from = new Date(
            Date.parse(`${item.startDate}T00:00:00Z`) - 2 * dayMs,
          ).toISOString();
          // Monthly on the 29th–31st skips the months without that day (RFC 5545), and they do
          // not count: every 3 months from 31 March meets only March and December, 2 a year, so
          // 40 sessions take 20 years (found by this property with a 12-year window).
          const to = new Date(Date.parse(from) + 21 * 366 * dayMs).toISOString();
          expect(expandOccurrences(input(counted), zone, { from, to })).toHaveLength(count);
        },
      ),
      runs,
    );
  });

  it("applies exceptions: cancelled and held keep their place, moved ones go to their new time", () => {
    fc.assert(
      fc.property(
        schedule,
        fc.constantFrom(...zones),
        window,
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.constantFrom("moved", "cancelled", "held"),
            fc.integer({ min: -3000, max: 3000 }),
          ),
        ),
        (item, zone, span, picks) => {
          const plain = expandOccurrences(input(item), zone, span);
          if (plain.length === 0) return;
          const exceptions = new Map<string, OccurrenceException>();
          for (const [index, kind, shiftMinutes] of picks) {
            const target = plain[index % plain.length];
            if (target === undefined) continue;
            const movedTo = new Date(Date.parse(`${target.key}:00Z`) + shiftMinutes * 60_000)
              .toISOString()
              .slice(0, 16);
            exceptions.set(target.key, {
              originalStart: target.key,
              kind,
              ...(kind === "moved" ? { movedTo } : {}),
            });
          }
          const changed = expandOccurrences(
            input(item, { exceptions: [...exceptions.values()] }),
            zone,
            span,
          );
          const byKey = new Map(changed.map((each) => [each.key, each]));
          for (const before of plain) {
            const exception = exceptions.get(before.key);
            const after = byKey.get(before.key);
            if (exception === undefined) expect(after).toEqual(before);
            else if (exception.kind === "moved") {
              if (after !== undefined) {
                expect(after.status).toBe("moved");
                expect(after.key).toBe(before.key);
                const resolution = resolveWallTime(exception.movedTo ?? "", zone);
                if (resolution?.kind === "unique")
                  expect(`${after.localDate}T${after.localTime}`).toBe(exception.movedTo);
              }
            } else expect(after).toEqual({ ...before, status: exception.kind });
          }
        },
      ),
      runs,
    );
  });
  it("pauses: sessions on paused local days (inclusive) are kept with status paused, others unchanged", () => {
    fc.assert(
      fc.property(
        schedule,
        fc.constantFrom(...zones),
        window,
        localDate,
        fc.integer({ min: 0, max: 60 }),
        (item, zone, span, from, length) => {
          const until = new Date(Date.parse(`${from}T00:00:00Z`) + length * dayMs)
            .toISOString()
            .slice(0, 10);
          const plain = expandOccurrences(input(item), zone, span);
          const paused = expandOccurrences(
            input(item, { pauses: [{ from, until, reason: "flare" }] }),
            zone,
            span,
          );
          expect(paused.map((each) => each.key)).toEqual(plain.map((each) => each.key));
          paused.forEach((each, index) => {
            const inPause = each.localDate >= from && each.localDate <= until;
            expect(each).toEqual({ ...plain[index], status: inPause ? "paused" : "scheduled" });
          });
        },
      ),
      runs,
    );
  });
});
