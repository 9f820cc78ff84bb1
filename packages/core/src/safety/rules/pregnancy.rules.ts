import { answerRule } from "../rule-builders.js";
import { bellyPelvisLowerBack } from "./tens.rules.js";
import type { SafetyRule } from "../safety-rule.js";
import { acupuncture, allMassage, proneYoga } from "../therapy-groups.js";

/** Pregnancy (reference §3.1, §3.2 and §7 G12; TENS in tens.rules.ts). */
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
  answerRule({
    id: "pregnancy-electroacupuncture",
    sourceId: "ref-7-g12-pregnancy-electrical",
    reads: ["pregnancy"],
    topic: "pregnancy",
    affects: ["electroacupuncture"],
    answers: ({ answers }) => [answers.pregnancy],
    onYes: () => [
      {
        therapyIds: ["electroacupuncture"],
        level: "avoid",
        regionIds: bellyPelvisLowerBack,
        text: "In pregnancy, no electrical current on the belly, pelvis or lower back.",
      },
    ],
  }),
  answerRule({
    id: "pregnancy-prone-yoga",
    sourceId: "ref-7-g12-pregnancy-electrical",
    reads: ["pregnancy"],
    topic: "pregnancy",
    affects: proneYoga,
    answers: ({ answers }) => [answers.pregnancy],
    onYes: () => [
      {
        therapyIds: proneYoga,
        level: "avoid",
        text: "In pregnancy, leave out poses lying on the belly.",
        instructions: ["Choose a seated or side-lying pose instead."],
      },
    ],
  }),
];
