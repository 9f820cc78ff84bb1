import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildGuidedPractice,
  guidedPracticeList,
  isGuidedLength,
  scriptedPracticeIds,
} from "./guided-practices.js";
import { guidedPracticeIds, kindOfPracticeId } from "./practice-ids.js";
import { practiceSchema } from "./practice.schema.js";
import { distributeSeconds } from "./step-timing.js";

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe("guided practices (issue 15: timed steps, 1 to 20 minutes)", () => {
  it("lasts exactly the minutes asked, for every practice and every length 1–20", () => {
    for (const id of scriptedPracticeIds) {
      for (let minutes = 1; minutes <= 20; minutes += 1) {
        const practice = buildGuidedPractice(id, minutes);
        expect(practiceSchema.parse(practice)).toEqual(practice);
        expect(sum(practice.steps.map((step) => step.seconds)), `${id} ${minutes}`).toBe(
          minutes * 60,
        );
        expect(practice.steps.every((step) => step.seconds >= 1)).toBe(true);
        expect(new Set(practice.steps.map((step) => step.id)).size).toBe(practice.steps.length);
      }
    }
  });

  it("refuses lengths outside 1–20 whole minutes", () => {
    for (const minutes of [0, 21, 2.5, -1]) {
      expect(isGuidedLength(minutes)).toBe(false);
      expect(() => buildGuidedPractice("paced-breathing", minutes)).toThrow(RangeError);
    }
  });

  it("shows the pacer through every breathing step, without a breath hold", () => {
    const practice = buildGuidedPractice("paced-breathing", 3);
    const body = practice.steps.filter((step) => step.id !== "intro" && step.id !== "close");
    expect(body.length).toBeGreaterThan(0);
    expect(body.every((step) => step.breathing?.holdSeconds === 0)).toBe(true);
  });

  it("tightens each muscle group for at most 5 seconds, then lets go for longer", () => {
    const practice = buildGuidedPractice("progressive-muscle-relaxation", 10);
    const tighten = practice.steps.filter((step) => step.id.endsWith("-tighten"));
    const release = practice.steps.filter((step) => step.id.endsWith("-release"));
    expect(tighten.length).toBe(release.length);
    expect(tighten.every((step) => step.seconds <= 5)).toBe(true);
    expect(Math.min(...release.map((step) => step.seconds))).toBeGreaterThan(5);
  });

  it("splits seconds into parts that add up and differ by at most one", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 100 }),
        (total, count) => {
          const parts = distributeSeconds(total, count);
          expect(sum(parts)).toBe(total);
          expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it("lists every guided practice once in the library, with its kind", () => {
    expect(guidedPracticeList.map((entry) => entry.id).sort()).toEqual(
      Object.values(guidedPracticeIds).sort(),
    );
    for (const entry of guidedPracticeList) expect(kindOfPracticeId(entry.id)).toBe(entry.kind);
  });
});
