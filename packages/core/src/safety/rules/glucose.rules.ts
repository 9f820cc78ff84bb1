import { answerRule } from "../rule-builders.js";
import type { SafetyRule } from "../safety-rule.js";
import { allMassage, allYoga, movement } from "../therapy-groups.js";

const exertion = [...allYoga, ...movement];
const topic = "insulin or diabetes medicines that can lower blood sugar";
const sugarInstructions = [
  "Check your blood sugar before and after.",
  "Keep a fast sugar (glucose tablets or juice) with you.",
];

/** Insulin and other medicines that can cause low blood sugar (reference §7 G5). */
export const glucoseRules: readonly SafetyRule[] = [
  answerRule({
    id: "low-blood-sugar-massage",
    sourceId: "ref-7-g5-low-blood-sugar",
    reads: ["glucoseLoweringMedicine"],
    topic,
    affects: allMassage,
    answers: ({ answers }) => [answers.glucoseLoweringMedicine],
    onYes: () => [
      {
        therapyIds: allMassage,
        level: "caution",
        text: "Massage over a recent insulin injection makes the insulin act faster, and relaxing can hide the first signs of low blood sugar.",
        instructions: [
          "No massage where you injected insulin in the last few hours.",
          ...sugarInstructions,
        ],
      },
    ],
  }),
  answerRule({
    id: "low-blood-sugar-exertion",
    sourceId: "ref-7-g5-low-blood-sugar",
    reads: ["glucoseLoweringMedicine"],
    topic,
    affects: exertion,
    answers: ({ answers }) => [answers.glucoseLoweringMedicine],
    onYes: () => [
      {
        therapyIds: exertion,
        level: "caution",
        text: "Exercise and yoga use up blood sugar, and with these medicines it can drop too low.",
        instructions: sugarInstructions,
      },
    ],
  }),
];
