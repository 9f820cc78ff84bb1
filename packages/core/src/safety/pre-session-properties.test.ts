import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { therapyIds, type TherapyId } from "../therapies/therapy-ids.js";
import type { PreSessionAnswers } from "./pre-session-check.schema.js";
import type { SafetyAnswers } from "./safety-intake.schema.js";
import type { SafetyFacts } from "./safety-rule.js";
import { decidePreSession } from "./pre-session-check.js";
import { safetyRules } from "./safety-rules.js";
import { physicalTherapies, standingYoga } from "./therapy-groups.js";
import { answersArbitrary, preSessionArbitrary } from "./testing/safety-facts.arbitrary.js";
import { anIntake, calmPreSession } from "./testing/safety-intake.factory.js";

const checkArbitrary: fc.Arbitrary<Check> = fc.record({
  answers: answersArbitrary,
  preSession: preSessionArbitrary.map((answers) => answers ?? calmPreSession),
  therapyId: fc.constantFrom(...therapyIds),
});

type Check = { answers: SafetyAnswers; preSession: PreSessionAnswers; therapyId: TherapyId };

function decide({ answers, preSession, therapyId }: Check) {
  return decidePreSession(anIntake(answers).build(), therapyId, preSession);
}

/** The pre-session check answers from the same rules as the assessment (reference §6.3, §7). */
describe("pre-session check properties", () => {
  it("never says go when any rule speaks about the therapy (wait, avoid, or take care)", () => {
    fc.assert(
      fc.property(checkArbitrary, (check) => {
        const facts: SafetyFacts = {
          answers: check.answers,
          preferences: anIntake(check.answers).build().preferences,
          preSession: check.preSession,
        };
        const spoken = safetyRules.flatMap((rule) =>
          rule.evaluate(facts).filter((finding) => finding.therapyIds.includes(check.therapyId)),
        );
        const outcome = decide(check).outcome;
        if (
          spoken.some((finding) => finding.level !== "caution" && finding.regionIds === undefined)
        )
          expect([check.therapyId, outcome]).toEqual([check.therapyId, "stop"]);
        if (spoken.length > 0)
          expect([check.therapyId, outcome]).not.toEqual([check.therapyId, "go"]);
      }),
      { numRuns: 500 },
    );
  });

  it("a fever today stops every therapy with exertion or contact (§7 G2)", () => {
    fc.assert(
      fc.property(checkArbitrary, fc.constantFrom(...physicalTherapies), (check, therapyId) => {
        const preSession = { ...check.preSession, hasFever: "yes" as const };
        expect([therapyId, decide({ ...check, preSession, therapyId }).outcome]).toEqual([
          therapyId,
          "stop",
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it("a hurt foot today stops standing poses (§7 G2, G4)", () => {
    fc.assert(
      fc.property(
        checkArbitrary,
        fc.constantFrom(...standingYoga),
        fc.constantFrom("left-sole", "right-toes", "left-heel"),
        (check, therapyId, regionId) => {
          const preSession = {
            ...check.preSession,
            hasNewWound: "yes" as const,
            newWoundRegionIds: [regionId],
          };
          expect(decide({ ...check, preSession, therapyId }).outcome).toBe("stop");
        },
      ),
      { numRuns: 100 },
    );
  });
});
