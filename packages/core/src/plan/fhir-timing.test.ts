import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fhirTimingToSchedule, scheduleToFhirTiming } from "./fhir-timing.js";
import { weekdays, type ItemSchedule } from "./schedule.schema.js";

const massage: ItemSchedule = {
  cadence: { kind: "weekly", interval: 2, days: ["TU"] },
  startDate: "2026-03-03",
  timeOfDay: "10:00",
  durationMinutes: 60,
  end: { kind: "until", date: "2026-06-30" },
};

describe("FHIR R4 Timing.repeat (REFERENCE.md §5.8 CarePlan scheduledTiming)", () => {
  it("maps every 2 weeks on Tuesday at 10:00 for 60 min", () => {
    expect(scheduleToFhirTiming(massage)).toEqual({
      kind: "exact",
      timing: {
        repeat: {
          boundsPeriod: { start: "2026-03-03", end: "2026-06-30" },
          duration: 60,
          durationUnit: "min",
          timeOfDay: ["10:00:00"],
          frequency: 1,
          period: 2,
          periodUnit: "wk",
          dayOfWeek: ["tue"],
        },
      },
    });
  });

  it("maps a simple custom rule as its built-in cadence", () => {
    const mapping = scheduleToFhirTiming({
      ...massage,
      cadence: { kind: "rrule", rrule: "FREQ=WEEKLY;BYDAY=TH,MO" },
    });
    expect(mapping.kind).toBe("exact");
    expect(mapping.timing.repeat).toMatchObject({
      frequency: 2,
      period: 1,
      periodUnit: "wk",
      dayOfWeek: ["mon", "thu"],
    });
  });

  it("reports a custom rule it cannot map, keeping the rule in code.text", () => {
    const mapping = scheduleToFhirTiming({
      ...massage,
      cadence: { kind: "rrule", rrule: "FREQ=MONTHLY;BYDAY=1MO" },
    });
    expect(mapping.kind).toBe("unmappable");
    expect(mapping.timing.code?.text).toBe("RRULE:FREQ=MONTHLY;BYDAY=1MO");
    expect(mapping.timing.repeat?.frequency).toBeUndefined();
    // Read back, the rule comes back as the same custom rule.
    const back = fhirTimingToSchedule(mapping.timing);
    expect(back).toEqual({
      ok: true,
      schedule: { ...massage, cadence: { kind: "rrule", rrule: "FREQ=MONTHLY;BYDAY=1MO" } },
    });
  });

  it("calls 'after the last session held' approximate", () => {
    const mapping = scheduleToFhirTiming({
      ...massage,
      cadence: { kind: "after-last-held", intervalWeeks: 2 },
    });
    expect(mapping.kind).toBe("approximate");
    expect(mapping.timing.repeat).toMatchObject({ frequency: 1, period: 2, periodUnit: "wk" });
  });

  it("reads a daily filtered to weekdays, hours as minutes, and refuses what a plan cannot hold", () => {
    expect(
      fhirTimingToSchedule({
        repeat: {
          boundsPeriod: { start: "2026-03-02" },
          frequency: 1,
          period: 1,
          periodUnit: "d",
          dayOfWeek: ["mon", "wed"],
          timeOfDay: ["08:30:00"],
          duration: 1,
          durationUnit: "h",
          count: 8,
        },
      }),
    ).toEqual({
      ok: true,
      schedule: {
        cadence: { kind: "weekly", interval: 1, days: ["MO", "WE"] },
        startDate: "2026-03-02",
        timeOfDay: "08:30",
        durationMinutes: 60,
        end: { kind: "count", count: 8 },
      },
    });
    const hourly = fhirTimingToSchedule({
      repeat: {
        boundsPeriod: { start: "2026-03-02" },
        frequency: 1,
        period: 8,
        periodUnit: "h",
        timeOfDay: ["08:00:00"],
        duration: 5,
        durationUnit: "min",
      },
    });
    expect(hourly.ok).toBe(false);
    expect(fhirTimingToSchedule({ repeat: { frequency: 1, period: 1, periodUnit: "d" } }).ok).toBe(
      false,
    );
  });

  it("property: daily, weekly and monthly cadences survive the round trip", () => {
    const cadence = fc.oneof(
      fc.record({
        kind: fc.constant("daily" as const),
        interval: fc.integer({ min: 1, max: 365 }),
      }),
      fc.record({
        kind: fc.constant("weekly" as const),
        interval: fc.integer({ min: 1, max: 52 }),
        days: fc.subarray([...weekdays], { minLength: 1 }),
      }),
      fc.record({
        kind: fc.constant("monthly" as const),
        interval: fc.integer({ min: 1, max: 24 }),
      }),
    );
    const date = fc
      .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10));
    const schedule = fc.record({
      cadence,
      startDate: date,
      timeOfDay: fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(
          ([hour, minute]) => `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`,
        ),
      durationMinutes: fc.integer({ min: 1, max: 480 }),
      end: fc.oneof(
        fc.constant({ kind: "never" as const }),
        fc.record({
          kind: fc.constant("count" as const),
          count: fc.integer({ min: 1, max: 5000 }),
        }),
        date.map((until) => ({ kind: "until" as const, date: until })),
      ),
    });
    fc.assert(
      fc.property(schedule, (original: ItemSchedule) => {
        const mapping = scheduleToFhirTiming(original);
        expect(mapping.kind).toBe("exact");
        expect(fhirTimingToSchedule(mapping.timing)).toEqual({ ok: true, schedule: original });
      }),
    );
  });
});
