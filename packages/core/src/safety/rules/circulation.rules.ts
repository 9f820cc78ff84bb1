import { answerRule, regionIdsOfParts } from "../rule-builders.js";
import type { SafetyRule } from "../safety-rule.js";
import { allMassage, deepMassage, headLowYoga, movement, standingYoga } from "../therapy-groups.js";

const legsAndFeet = regionIdsOfParts("leg", "foot");
const dizzyYoga = [...new Set([...standingYoga, ...headLowYoga])];

/**
 * Blood pressure and blood flow (reference §7): heart or kidney failure and lymph drainage (G6),
 * dizziness on standing (G9), poor blood flow to the legs (G10).
 */
export const circulationRules: readonly SafetyRule[] = [
  answerRule({
    id: "heart-kidney-lymph-drainage",
    sourceId: "ref-7-g6-lymph-drainage-heart-kidney",
    reads: ["heartOrKidneyFailure"],
    topic: "heart failure or serious kidney disease",
    affects: ["manual-lymphatic-drainage"],
    answers: ({ answers }) => [answers.heartOrKidneyFailure],
    onYes: () => [
      {
        therapyIds: ["manual-lymphatic-drainage"],
        level: "ask-provider-first",
        text: "Lymph drainage moves fluid back towards the heart; with heart failure or serious kidney disease that can be too much. It is not done while either is not under control.",
        instructions: ["Ask the doctor who treats your heart or kidneys first."],
      },
    ],
  }),
  answerRule({
    id: "dizzy-on-standing",
    sourceId: "ref-7-g9-dizzy-on-standing",
    reads: ["dizzyOnStanding"],
    topic: "dizziness when you stand up",
    affects: [...dizzyYoga, ...allMassage, ...movement],
    answers: ({ answers }) => [answers.dizzyOnStanding],
    onYes: () => [
      {
        therapyIds: dizzyYoga,
        level: "caution",
        text: "Standing poses and poses with the head low can bring on dizziness or a faint.",
        instructions: [
          "Choose the seated or chair version.",
          "Pause sitting for a moment before you stand up.",
        ],
      },
      {
        therapyIds: allMassage,
        level: "caution",
        text: "Lying still for a while and then standing up can make you light-headed.",
        instructions: ["Sit up slowly at the end, and wait a moment before standing."],
      },
      {
        therapyIds: movement,
        level: "caution",
        text: "Changing position quickly can make you dizzy.",
        instructions: ["Get up slowly, and have something steady to hold on to."],
      },
    ],
  }),
  answerRule({
    id: "poor-leg-circulation",
    sourceId: "ref-7-g10-leg-circulation",
    reads: ["poorLegCirculation"],
    topic: "blood flow to the legs",
    affects: allMassage,
    answers: ({ answers }) => [answers.poorLegCirculation],
    onYes: () => [
      {
        therapyIds: allMassage,
        level: "caution",
        regionIds: legsAndFeet,
        text: "Where blood flow is poor, skin cannot shed heat or cold well and is easily hurt.",
        instructions: ["Light pressure only.", "No heat packs, hot stones or cold packs here."],
      },
      {
        therapyIds: deepMassage,
        level: "avoid",
        regionIds: legsAndFeet,
        text: "No deep massage on legs or feet with poor blood flow.",
      },
    ],
  }),
];
