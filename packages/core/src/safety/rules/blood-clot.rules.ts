import { answerRule, areasOr, regionIdsOfParts } from "../rule-builders.js";
import type { SafetyRule } from "../safety-rule.js";
import { allMassage } from "../therapy-groups.js";

/** Known or suspected deep vein thrombosis (reference §3.1 and the DVT red flag of §3.4). */
export const bloodClotRules: readonly SafetyRule[] = [
  answerRule({
    id: "blood-clot-massage",
    sourceId: "ref-3.1-dvt",
    reads: ["bloodClot", "bloodClotRegionIds"],
    topic: "a blood clot",
    affects: allMassage,
    answers: ({ answers }) => [answers.bloodClot],
    onYes: ({ answers }) => [
      {
        therapyIds: allMassage,
        level: "ask-provider-first",
        text: "Massage can move a blood clot towards the lungs.",
        instructions: ["Get your doctor's go-ahead before any massage."],
      },
      {
        therapyIds: allMassage,
        level: "avoid",
        // Clots are most often in the legs: without a named area, keep off both legs.
        regionIds: areasOr(answers.bloodClotRegionIds, regionIdsOfParts("leg", "foot")),
        text: "Never massage where a blood clot is or may be.",
      },
    ],
  }),
  answerRule({
    id: "leg-swelling-no-massage",
    sourceId: "ref-3.4-dvt",
    reads: ["redFlags.one-sided-leg-swelling"],
    topic: "a swollen, warm or painful leg",
    affects: allMassage,
    answers: ({ answers, preSession }) => [
      answers.redFlags?.["one-sided-leg-swelling"],
      ...(preSession?.newRedFlagIds.includes("one-sided-leg-swelling") === true
        ? ["yes" as const]
        : []),
    ],
    onYes: () => [
      {
        therapyIds: allMassage,
        level: "avoid",
        text: "One swollen, warm, red or painful leg can be a blood clot. No massage until a clinician has checked it.",
      },
    ],
  }),
];
