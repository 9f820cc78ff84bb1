import { answerRule } from "../rule-builders.js";
import type { SafetyRule } from "../safety-rule.js";
import { movement, standingYoga } from "../therapy-groups.js";

const topic = "falls and balance";

/** Falls and poor balance (reference §3.3). */
export const fallRules: readonly SafetyRule[] = [
  answerRule({
    id: "falls-standing-yoga",
    sourceId: "ref-3.3-falls",
    reads: ["fallsOrPoorBalance"],
    topic,
    affects: standingYoga,
    answers: ({ answers }) => [answers.fallsOrPoorBalance],
    onYes: () => [
      {
        therapyIds: standingYoga,
        level: "caution",
        text: "Standing poses can lead to a fall when balance is poor.",
        instructions: [
          "Hold a chair or stand by a wall.",
          "Move slowly between poses.",
          "Use a non-slip surface.",
        ],
      },
    ],
  }),
  answerRule({
    id: "falls-exercise",
    sourceId: "ref-3.3-falls",
    reads: ["fallsOrPoorBalance"],
    topic,
    affects: movement,
    answers: ({ answers }) => [answers.fallsOrPoorBalance],
    onYes: () => [
      {
        therapyIds: movement,
        level: "caution",
        text: "Poor balance makes falls more likely during exercise.",
        instructions: [
          "Have something steady to hold on to.",
          "Move slowly when you change position.",
        ],
      },
    ],
  }),
];
