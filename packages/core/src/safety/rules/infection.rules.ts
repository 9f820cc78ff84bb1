import type { MaybeAnswer } from "../safety-answer.js";
import { answerRule } from "../rule-builders.js";
import type { SafetyFacts, SafetyRule } from "../safety-rule.js";
import { acupuncture, allMassage, allYoga, movement } from "../therapy-groups.js";

/** Fever is about today: a pre-session answer replaces the intake's older one. */
function feverAnswer({ answers, preSession }: SafetyFacts): MaybeAnswer[] {
  return [preSession === undefined ? answers.feverOrInfection : preSession.hasFever];
}

/** Exertion or contact beyond massage and needles: yoga, exercise, physical therapy, TENS. */
const exertionOrContact = [...allYoga, ...movement, "tens" as const];

/** Fever or infection now (reference §3.1, §3.2 and §7 G2). */
export const infectionRules: readonly SafetyRule[] = [
  answerRule({
    id: "fever-massage",
    sourceId: "ref-3.1-fever-infection",
    reads: ["feverOrInfection", "preSession.hasFever"],
    topic: "fever or infection",
    affects: allMassage,
    answers: feverAnswer,
    onYes: () => [
      {
        therapyIds: allMassage,
        level: "avoid",
        text: "With a fever or an infection, put massage off until you are well.",
      },
    ],
  }),
  answerRule({
    id: "fever-acupuncture",
    sourceId: "ref-3.2-infection-risk",
    reads: ["feverOrInfection", "preSession.hasFever"],
    topic: "fever or infection",
    affects: acupuncture,
    answers: feverAnswer,
    onYes: () => [
      {
        therapyIds: acupuncture,
        level: "ask-provider-first",
        text: "With a fever or an infection, check with your provider before needles.",
      },
    ],
  }),
  answerRule({
    id: "fever-exertion",
    sourceId: "ref-7-g2-fever-exertion",
    reads: ["feverOrInfection", "preSession.hasFever"],
    topic: "fever or infection",
    affects: exertionOrContact,
    answers: feverAnswer,
    onYes: () => [
      {
        therapyIds: exertionOrContact,
        level: "avoid",
        text: "With a fever or an infection, put exercise, yoga and other hands-on or electrical treatment off until you are well: exertion during an infection can make it worse.",
        instructions: ["Rest today; start again gently once the fever has gone."],
      },
    ],
  }),
];
