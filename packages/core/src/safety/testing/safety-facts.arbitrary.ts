import fc from "fast-check";
import { bodyRegionIds } from "../../body-map/body-regions.js";
import type { PreSessionAnswers } from "../pre-session-check.schema.js";
import type { SafetyAnswers } from "../safety-intake.schema.js";
import { redFlagIds } from "../red-flags.js";
import { yesNoAnswers } from "../safety-answer.js";
import { safetyQuestionIds } from "../safety-questions.js";
import type { SafetyFacts } from "../safety-rule.js";

/**
 * Mostly "no", so that one change is not hidden behind other open questions (which already ask
 * first for almost everything); every kind of answer still appears.
 */
export const maybeAnswer = fc.oneof(
  { weight: 12, arbitrary: fc.constant("no" as const) },
  { weight: 3, arbitrary: fc.constant("yes" as const) },
  { weight: 1, arbitrary: fc.constant("not-sure" as const) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);
const allNoRedFlags = Object.fromEntries(redFlagIds.map((id) => [id, "no" as const]));
const regionList = fc.uniqueArray(fc.constantFrom(...bodyRegionIds), { maxLength: 6 });

export const answersArbitrary: fc.Arbitrary<SafetyAnswers> = fc.record({
  ...Object.fromEntries(safetyQuestionIds.map((id) => [id, maybeAnswer])),
  reducedSensationRegionIds: fc.option(regionList, { nil: undefined, freq: 8 }),
  bloodClotRegionIds: regionList,
  recentSurgeryRegionIds: regionList,
  chemotherapyPortRegionIds: regionList,
  boneWeaknessRegionIds: regionList,
  lymphoedemaSide: fc.option(fc.constantFrom("left", "right", "both"), { nil: undefined }),
  redFlags: fc.oneof(
    { weight: 3, arbitrary: fc.constant(allNoRedFlags) },
    {
      weight: 1,
      arbitrary: fc.record(Object.fromEntries(redFlagIds.map((id) => [id, maybeAnswer]))),
    },
  ),
});

export const preSessionArbitrary: fc.Arbitrary<PreSessionAnswers | undefined> = fc.option(
  fc.record({
    hasFever: fc.constantFrom(...yesNoAnswers),
    hasNewWound: fc.constantFrom(...yesNoAnswers),
    newWoundRegionIds: regionList,
    bloodThinnersChanged: fc.constantFrom(...yesNoAnswers),
    newRedFlagIds: fc.uniqueArray(fc.constantFrom(...redFlagIds)),
  }),
  { nil: undefined },
);

export const factsArbitrary: fc.Arbitrary<SafetyFacts> = fc.record({
  answers: answersArbitrary,
  preferences: fc.record({ touchHypersensitivityRegionIds: regionList }),
  preSession: preSessionArbitrary,
});
