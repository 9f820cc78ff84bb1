import { describe, expect, it } from "vitest";
import { assessTherapies } from "./assess-safety.js";
import { openQuestions } from "./open-questions.js";
import type { SafetyAnswers } from "./safety-intake.schema.js";
import { safetyRules } from "./safety-rules.js";
import { anIntake } from "./testing/safety-intake.factory.js";

/**
 * Unanswered means "ask first", never "ok" (docs/safety.md, "Answers"). The first case is the
 * counterexample fast-check found with seed 505891149, pinned so it runs on every seed.
 */
describe("open answers about chemotherapy", () => {
  const seedCase = anIntake().with({
    bloodClot: "not-sure",
    diabetesFootProblems: "yes",
    recentSurgery: "yes",
    recentSurgeryRegionIds: ["face"],
    fragileSkin: "yes",
    lymphoedema: "yes",
    chemotherapyNow: undefined,
    lowBloodCounts: "no",
    multipleSclerosisHeatSensitivity: "not-sure",
  });

  it("seed 505891149: chemotherapy unanswered leaves no therapy of its rules at ok", () => {
    const verdicts = assessTherapies(seedCase.facts());
    const okay = safetyRules
      .filter((rule) => rule.reads.includes("chemotherapyNow"))
      .flatMap((rule) => rule.affects.map((therapyId) => `${rule.id}: ${therapyId}`))
      .filter((key) => {
        const therapyId = key.split(": ")[1];
        return verdicts.find((verdict) => verdict.therapyId === therapyId)?.level === "ok";
      });
    expect(okay).toEqual([]);
  });

  it.each([undefined, "not-sure"] as const)(
    "chemotherapy %s with blood counts never asked: the blood-count rules ask first (ref-3.1-chemotherapy, ref-3.2-infection-risk)",
    (chemotherapyNow) => {
      const facts = anIntake().with({ chemotherapyNow, lowBloodCounts: undefined }).facts();
      for (const id of ["low-blood-counts-massage", "low-blood-counts-acupuncture"]) {
        const findings = safetyRules.find((rule) => rule.id === id)?.evaluate(facts) ?? [];
        expect(findings.map((finding) => [id, finding.level, finding.basis])).toEqual([
          [id, "ask-provider-first", "open-question"],
        ]);
      }
    },
  );
});

describe("an intake saved before the questions of reference §7 existed", () => {
  /** All "no" as the old intake knew it: none of the new keys, no answer to the new red flag. */
  const newKeys = [
    "glucoseLoweringMedicine",
    "heartOrKidneyFailure",
    "dizzyOnStanding",
    "poorLegCirculation",
  ];

  /** All "no" as the old intake knew it: none of the new keys, no answer to the new red flag. */
  function oldIntake() {
    const stored = JSON.parse(JSON.stringify(anIntake().build().answers)) as SafetyAnswers;
    for (const key of newKeys) Reflect.deleteProperty(stored, key);
    for (const id of ["foot-sore-with-fever", "lasting-new-numbness", "sudden-warm-swollen-foot"])
      Reflect.deleteProperty(stored.redFlags ?? {}, id);
    return anIntake(stored);
  }

  it("lists the new questions as open, never as answered", () => {
    expect(openQuestions(oldIntake().build().answers)).toEqual([
      "glucoseLoweringMedicine",
      "heartOrKidneyFailure",
      "dizzyOnStanding",
      "poorLegCirculation",
      "redFlags.foot-sore-with-fever",
      "redFlags.lasting-new-numbness",
      "redFlags.sudden-warm-swollen-foot",
    ]);
  });

  it("asks first for what the new questions touch, and leaves mindfulness ok", () => {
    const verdicts = assessTherapies(oldIntake().facts());
    const levelOf = (id: string) => verdicts.find((verdict) => verdict.therapyId === id)?.level;
    for (const id of ["manual-lymphatic-drainage", "exercise", "yoga-mountain", "swedish-massage"])
      expect([id, levelOf(id)]).toEqual([id, "ask-provider-first"]);
    expect(levelOf("body-scan")).toBe("ok");
  });
});
