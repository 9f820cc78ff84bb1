import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { practiceEfforts } from "./practice.schema.js";
import {
  nextSuggestedMinutes,
  practiceIdOf,
  progressionRule,
  routineLengthFor,
  suggestToday,
  suggestedMinutes,
  type PracticeDay,
} from "./progression.js";

const dayArbitrary: fc.Arbitrary<PracticeDay> = fc.record({
  localDate: fc.constant("2026-03-01"),
  isFlareDay: fc.boolean(),
  lastMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 })),
  lastEffort: fc.constantFrom(null, ...practiceEfforts),
});
const day = (change: Partial<PracticeDay>): PracticeDay => ({
  localDate: "2026-03-01",
  isFlareDay: false,
  lastMinutes: 0,
  lastEffort: null,
  ...change,
});

describe("progression: start small, grow slowly, less on flare days (issue 15)", () => {
  it("never moves by more than the documented step and stays within 1–20 minutes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), dayArbitrary, (previous, practiceDay) => {
        const next = nextSuggestedMinutes(previous, practiceDay);
        expect(Math.abs(next - previous)).toBeLessThanOrEqual(progressionRule.maxStepMinutes);
        expect(next).toBeGreaterThanOrEqual(1);
        expect(next).toBeLessThanOrEqual(20);
      }),
    );
  });

  it("always drops after a flare day (unless already at the 1-minute floor)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), dayArbitrary, (previous, practiceDay) => {
        const next = nextSuggestedMinutes(previous, { ...practiceDay, isFlareDay: true });
        if (previous > 1) expect(next).toBeLessThan(previous);
        else expect(next).toBe(1);
      }),
    );
  });

  it("grows only after a practice that felt easy", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), dayArbitrary, (previous, practiceDay) => {
        const next = nextSuggestedMinutes(previous, practiceDay);
        if (next > previous) expect(practiceDay.lastEffort).toBe("easy");
      }),
    );
  });

  it("keeps every step of a long history small", () => {
    fc.assert(
      fc.property(fc.array(dayArbitrary, { maxLength: 60 }), (days) => {
        let previous = suggestedMinutes([]);
        for (let index = 1; index <= days.length; index += 1) {
          const next = suggestedMinutes(days.slice(0, index));
          expect(Math.abs(next - previous)).toBeLessThanOrEqual(progressionRule.maxStepMinutes);
          previous = next;
        }
      }),
    );
  });

  it("starts at 3 minutes and grows by one after an easy 3-minute practice", () => {
    expect(suggestedMinutes([])).toBe(3);
    expect(suggestedMinutes([day({ lastMinutes: 3, lastEffort: "easy" })])).toBe(4);
    expect(suggestedMinutes([day({ lastMinutes: 2, lastEffort: "easy" })])).toBe(3);
    expect(suggestedMinutes([day({ lastMinutes: 3, lastEffort: "hard" })])).toBe(2);
    expect(suggestedMinutes([day({ lastMinutes: 0 }), day({ lastMinutes: 0 })])).toBe(3);
  });

  it("suggests shorter, gentle breathing on a flare day", () => {
    const past = [4, 5, 6].map(() => day({ lastMinutes: 10, lastEffort: "easy" as const }));
    expect(suggestedMinutes(past)).toBe(6);
    const today = suggestToday(past, { isFlareDay: true, lastKind: "body-scan" });
    expect(today).toMatchObject({ kind: "paced-breathing", minutes: 4, isFlareDay: true });
    expect(suggestToday(past, { isFlareDay: false, lastKind: "body-scan" })).toMatchObject({
      kind: "body-scan",
      minutes: 6,
    });
  });

  it("names a routine of 5, 10 or 15 minutes for yoga", () => {
    expect(routineLengthFor(3)).toBe(5);
    expect(routineLengthFor(12)).toBe(10);
    expect(routineLengthFor(20)).toBe(15);
    expect(practiceIdOf("yoga-routine", 11)).toBe("gentle-yoga-10");
    expect(practiceIdOf("progressive-relaxation", 4)).toBe("progressive-muscle-relaxation");
  });
});
