import { answerRule } from "../rule-builders.js";
import type { SafetyRule } from "../safety-rule.js";
import { acupuncture, allMassage } from "../therapy-groups.js";

/** Pregnancy (reference §3.1 and §3.2). */
export const pregnancyRules: readonly SafetyRule[] = [
  answerRule({
    id: "pregnancy-massage",
    sourceId: "ref-3.1-pregnancy",
    reads: ["pregnancy"],
    topic: "pregnancy",
    affects: allMassage,
    answers: ({ answers }) => [answers.pregnancy],
    onYes: () => [
      {
        therapyIds: allMassage,
        level: "ask-provider-first",
        text: "In pregnancy, talk to your midwife or doctor before massage.",
        instructions: ["Tell your therapist you are pregnant."],
      },
    ],
  }),
  answerRule({
    id: "pregnancy-acupuncture",
    sourceId: "ref-3.2-pregnancy",
    reads: ["pregnancy"],
    topic: "pregnancy",
    affects: acupuncture,
    answers: ({ answers }) => [answers.pregnancy],
    onYes: () => [
      {
        therapyIds: acupuncture,
        level: "ask-provider-first",
        text: "Some acupuncture points are traditionally avoided in pregnancy, and many acupuncturists do not treat in the first three months.",
        instructions: [
          "Tell your acupuncturist you are pregnant.",
          "Points LI4, SP6, BL60 and BL67 are traditionally avoided; care is taken on the lower belly and lower back.",
        ],
      },
    ],
  }),
];
