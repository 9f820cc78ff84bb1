import { bodyRegions, type BodyPart } from "../../body-map/body-regions.js";
import type { SafetyAnswers } from "../safety-intake.schema.js";
import { answerRule } from "../rule-builders.js";
import type { SafetyRule } from "../safety-rule.js";
import { acupuncture, allMassage, deepMassage } from "../therapy-groups.js";

const partsOfLimb: Record<"arm" | "leg", readonly BodyPart[]> = {
  arm: ["arm", "hand"],
  leg: ["leg", "foot"],
};

/** The affected limb's areas; an unknown side or limb widens to every candidate. */
function limbRegionIds(answers: SafetyAnswers): string[] {
  const side = answers.lymphoedemaSide ?? "both";
  const limb = answers.lymphoedemaLimb ?? "both";
  const parts = limb === "both" ? [...partsOfLimb.arm, ...partsOfLimb.leg] : partsOfLimb[limb];
  return bodyRegions
    .filter((region) => parts.includes(region.part))
    .filter((region) => side === "both" || region.side === side)
    .map((region) => region.id);
}

/** Lymphoedema or lymph nodes removed (reference §3.1 and §3.2; both marked unverified). */
export const lymphoedemaRules: readonly SafetyRule[] = [
  answerRule({
    id: "lymphoedema-massage",
    sourceId: "ref-3.1-lymphoedema",
    reads: ["lymphoedema", "lymphoedemaSide", "lymphoedemaLimb"],
    topic: "lymphoedema",
    affects: allMassage,
    answers: ({ answers }) => [answers.lymphoedema],
    onYes: ({ answers }) => [
      {
        therapyIds: allMassage,
        level: "caution",
        text: "An arm or leg with lymphoedema, or at risk of it, needs a light touch.",
        instructions: ["No deep pressure on the affected arm or leg."],
      },
      {
        therapyIds: deepMassage,
        level: "avoid",
        regionIds: limbRegionIds(answers),
        text: "No deep pressure on a limb with lymphoedema or at risk of it.",
      },
      {
        therapyIds: ["manual-lymphatic-drainage"],
        level: "ask-provider-first",
        text: "Lymph drainage is a specialised treatment for lymphoedema.",
        instructions: ["Ask your provider to refer you to a certified lymphoedema therapist."],
      },
    ],
  }),
  answerRule({
    id: "lymphoedema-acupuncture",
    sourceId: "ref-3.2-lymphoedema",
    reads: ["lymphoedema", "lymphoedemaSide", "lymphoedemaLimb"],
    topic: "lymphoedema",
    affects: acupuncture,
    answers: ({ answers }) => [answers.lymphoedema],
    onYes: ({ answers }) => [
      {
        therapyIds: acupuncture,
        level: "avoid",
        regionIds: limbRegionIds(answers),
        text: "Needles are traditionally kept away from a limb with lymphoedema or at risk of it.",
      },
    ],
  }),
];
