import { answerRule } from "../rule-builders.js";
import type { SafetyRule } from "../safety-rule.js";
import { allMassage, allYoga } from "../therapy-groups.js";

const topic = "multiple sclerosis and heat";

/** Multiple sclerosis with heat sensitivity (reference §3.1, Uhthoff's phenomenon; §3.3). */
export const heatRules: readonly SafetyRule[] = [
  answerRule({
    id: "ms-heat-massage",
    sourceId: "ref-3.1-ms-heat",
    reads: ["multipleSclerosisHeatSensitivity"],
    topic,
    affects: allMassage,
    answers: ({ answers }) => [answers.multipleSclerosisHeatSensitivity],
    onYes: () => [
      {
        therapyIds: allMassage,
        level: "caution",
        text: "Even a small rise in body temperature can make multiple sclerosis symptoms worse for a while.",
        instructions: ["No hot stones, heat packs, sauna or hot tub.", "Keep the room cool."],
      },
    ],
  }),
  answerRule({
    id: "ms-heat-yoga",
    sourceId: "ref-3.1-ms-heat",
    reads: ["multipleSclerosisHeatSensitivity"],
    topic,
    affects: allYoga,
    answers: ({ answers }) => [answers.multipleSclerosisHeatSensitivity],
    onYes: () => [
      {
        therapyIds: allYoga,
        level: "caution",
        text: "Heat can make multiple sclerosis symptoms worse for a while.",
        instructions: [
          "No hot or heated yoga.",
          "Practise in a cool room; stop if symptoms flare.",
        ],
      },
    ],
  }),
];
