import { answerRule } from "../rule-builders.js";
import type { SafetyRule } from "../safety-rule.js";
import {
  allMassage,
  deepMassage,
  lightMassage,
  spineFlexionOrTwistYoga,
} from "../therapy-groups.js";

/** Osteoporosis and bone metastases (reference §3.1 and §7 G3). */
export const boneRules: readonly SafetyRule[] = [
  answerRule({
    id: "weak-bones-massage",
    sourceId: "ref-3.1-weak-bones",
    reads: ["boneWeakness", "boneWeaknessRegionIds"],
    topic: "weak bones",
    affects: allMassage,
    answers: ({ answers }) => [answers.boneWeakness],
    onYes: ({ answers }) => [
      {
        therapyIds: deepMassage,
        level: "avoid",
        text: "Deep pressure can break weakened bone.",
      },
      {
        therapyIds: lightMassage,
        level: "caution",
        text: "Gentle massage is possible on weak bones, without deep pressure.",
        instructions: ["Gentle pressure only."],
      },
      ...((answers.boneWeaknessRegionIds ?? []).length === 0
        ? []
        : [
            {
              therapyIds: allMassage,
              level: "avoid" as const,
              regionIds: answers.boneWeaknessRegionIds ?? [],
              text: "Do not massage over weakened bone.",
            },
          ]),
    ],
  }),
  answerRule({
    id: "weak-bones-spine-yoga",
    sourceId: "ref-7-g3-bone-spine",
    reads: ["boneWeakness"],
    topic: "weak bones",
    affects: spineFlexionOrTwistYoga,
    answers: ({ answers }) => [answers.boneWeakness],
    onYes: () => [
      {
        therapyIds: spineFlexionOrTwistYoga,
        level: "ask-provider-first",
        text: "Bending the spine forward or twisting it can break a weakened vertebra. With cancer in the bones, leave these poses out.",
        instructions: [
          "Ask your doctor or physical therapist which movements are safe for your spine.",
          "Keep the back long: hinge at the hips instead of rounding.",
        ],
      },
    ],
  }),
];
