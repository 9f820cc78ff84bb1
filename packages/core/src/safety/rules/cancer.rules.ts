import type { MaybeAnswer } from "../safety-answer.js";
import { answerRule } from "../rule-builders.js";
import type { SafetyFacts, SafetyRule } from "../safety-rule.js";
import { acupuncture, allMassage, deepMassage } from "../therapy-groups.js";

/**
 * Low blood counts matter during chemotherapy; a "yes" counts whatever the reason. While
 * chemotherapy itself is open (unanswered or "not sure"), so is the blood-count question.
 */
function lowCountAnswers({ answers }: SafetyFacts): MaybeAnswer[] {
  if (answers.chemotherapyNow !== "no") return [answers.lowBloodCounts];
  return answers.lowBloodCounts === "yes" ? ["yes"] : [];
}

/** Chemotherapy, ports and low blood counts (reference §3.1 and §3.2). */
export const cancerRules: readonly SafetyRule[] = [
  answerRule({
    id: "chemotherapy-massage",
    sourceId: "ref-3.1-chemotherapy",
    reads: ["chemotherapyNow", "chemotherapyPortRegionIds"],
    topic: "chemotherapy",
    affects: allMassage,
    answers: ({ answers }) => [answers.chemotherapyNow],
    onYes: ({ answers }) => [
      {
        therapyIds: allMassage,
        level: "caution",
        text: "During chemotherapy, gentle work is safer.",
        instructions: [
          "Gentle pressure; a therapist trained in oncology massage is best.",
          "Keep away from ports, lines and pumps.",
        ],
      },
      {
        therapyIds: deepMassage,
        level: "avoid",
        text: "Deep pressure is not advised during chemotherapy.",
      },
      ...((answers.chemotherapyPortRegionIds ?? []).length === 0
        ? []
        : [
            {
              therapyIds: allMassage,
              level: "avoid" as const,
              regionIds: answers.chemotherapyPortRegionIds ?? [],
              text: "Never press on a port, line or pump.",
            },
          ]),
    ],
  }),
  answerRule({
    id: "chemotherapy-port-acupuncture",
    sourceId: "ref-3.2-infection-risk",
    reads: ["chemotherapyNow", "chemotherapyPortRegionIds"],
    topic: "chemotherapy",
    affects: acupuncture,
    answers: ({ answers }) => [answers.chemotherapyNow],
    onYes: ({ answers }) =>
      (answers.chemotherapyPortRegionIds ?? []).length === 0
        ? []
        : [
            {
              therapyIds: acupuncture,
              level: "avoid",
              regionIds: answers.chemotherapyPortRegionIds ?? [],
              text: "No needles near a port, line or pump.",
            },
          ],
  }),
  answerRule({
    id: "low-blood-counts-massage",
    sourceId: "ref-3.1-chemotherapy",
    reads: ["chemotherapyNow", "lowBloodCounts"],
    topic: "your blood counts",
    affects: allMassage,
    answers: lowCountAnswers,
    onYes: () => [
      {
        therapyIds: allMassage,
        level: "ask-provider-first",
        text: "With very low blood counts, massage is put off or changed.",
        instructions: ["Ask your cancer team whether massage is fine at this point of treatment."],
      },
    ],
  }),
  answerRule({
    id: "low-blood-counts-acupuncture",
    sourceId: "ref-3.2-infection-risk",
    reads: ["chemotherapyNow", "lowBloodCounts"],
    topic: "your blood counts",
    affects: acupuncture,
    answers: lowCountAnswers,
    onYes: () => [
      {
        therapyIds: acupuncture,
        level: "avoid",
        text: "With very low blood counts, any break in the skin can let in an infection or bleed.",
      },
    ],
  }),
];
