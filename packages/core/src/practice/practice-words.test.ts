import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodyRegionIds } from "../body-map/body-regions.js";
import { assessTherapies } from "../safety/assess-safety.js";
import { answersArbitrary } from "../safety/testing/safety-facts.arbitrary.js";
import { buildBodyScan } from "./body-scan.js";
import { measureConsistency } from "./consistency.js";
import { buildGuidedPractice, scriptedPracticeIds } from "./guided-practices.js";
import { poses } from "./poses.js";
import { practiceKinds, routineMinuteChoices } from "./practice-ids.js";
import { suggestToday } from "./progression.js";
import { buildRoutine } from "./routine.js";

/**
 * Words of blame or of counting days in a row (issue 15: "a missed day is never a broken
 * streak"; no guilt language anywhere).
 */
const guiltWords =
  /\b(streaks?|fail\w*|broke\w*|miss\w*|lazy|should have|give up|gave up|quit\w*|skipped days?|chain)\b/i;

/**
 * Safety reasons quoted in a routine name a warning sign of foot infection, "redness with
 * streaks" (core/safety red flags): a clinical word, not a count of days.
 */
const clinicalStreaks = /redness, streaks/g;

function allPracticeText(): string[] {
  const texts: string[] = [];
  for (const id of scriptedPracticeIds) {
    for (const minutes of [1, 3, 10, 20]) {
      const practice = buildGuidedPractice(id, minutes);
      texts.push(practice.title, practice.summary, ...practice.steps.map((step) => step.text));
    }
  }
  const profile = bodyRegionIds
    .slice(0, 10)
    .map((regionId) => ({ regionId, intensity: 7, qualities: [] }));
  for (const painfulRegions of ["gently-last", "skip"] as const) {
    const scan = buildBodyScan(profile, { minutes: 5, painfulRegions });
    texts.push(scan.title, scan.summary, ...scan.steps.map((step) => step.text));
  }
  for (const pose of poses) {
    texts.push(pose.name, ...pose.cues, ...pose.variants.map((variant) => variant.instructions));
  }
  fc.assert(
    fc.property(answersArbitrary, fc.constantFrom(...routineMinuteChoices), (answers, minutes) => {
      const routine = buildRoutine(
        { answers, verdicts: assessTherapies({ answers, preferences: {} }) },
        minutes,
      );
      texts.push(
        ...routine.notes,
        routine.shorterReason ?? "",
        ...routine.leftOut.map((pose) => pose.reason),
        ...routine.poses.flatMap((pose) => pose.cautions),
      );
    }),
    { numRuns: 100 },
  );
  for (const kind of practiceKinds) {
    for (const isFlareDay of [true, false]) {
      const day = {
        localDate: "2026-03-01",
        isFlareDay: false,
        lastMinutes: 5,
        lastEffort: "easy" as const,
      };
      texts.push(suggestToday([], { isFlareDay, lastKind: kind }).reason);
      texts.push(suggestToday([day], { isFlareDay, lastKind: kind }).reason);
    }
  }
  for (const practised of [
    [],
    ["2026-03-12"],
    ["2026-03-12", "2026-03-11", "2026-03-09", "2026-03-08"],
  ]) {
    for (const flares of [[], ["2026-03-10"], ["2026-03-10", "2026-03-07"]]) {
      texts.push(
        measureConsistency({
          today: "2026-03-12",
          days: 7,
          minutesByDate: new Map(practised.map((date) => [date, 5])),
          flareDates: new Set(flares),
          pauseDates: new Set(),
          targetDaysPerWeek: 3,
        }).summary,
      );
    }
  }
  return texts;
}

describe("practice text has no guilt words (issue 15)", () => {
  it("finds none of them in any text a practice, routine, suggestion or summary shows", () => {
    const texts = allPracticeText();
    expect(texts.length).toBeGreaterThan(200);
    expect(
      texts.filter((text) => guiltWords.test(text.replace(clinicalStreaks, "redness"))),
    ).toEqual([]);
  });

  it("would catch them", () => {
    for (const text of [
      "Keep your streak!",
      "You failed today.",
      "You broke your run.",
      "You missed a day.",
    ]) {
      expect(guiltWords.test(text)).toBe(true);
    }
  });
});
