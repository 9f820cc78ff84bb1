import { answerRule, regionIdsOfParts } from "../rule-builders.js";
import { redFlagAnswer } from "./red-flags.rules.js";
import type { Finding, SafetyRule } from "../safety-rule.js";
import { acupuncture, allMassage, allYoga, movement, standingYoga } from "../therapy-groups.js";
import type { TherapyId } from "../../therapies/therapy-ids.js";

const feet = regionIdsOfParts("foot");

/** A surgical site is off limits; without its place, nothing can be planned around it. */
function surgeryFindings(
  therapyIds: readonly TherapyId[],
  regionIds: readonly string[] | undefined,
  text: string,
): Finding[] {
  if (regionIds === undefined || regionIds.length === 0) {
    return [
      {
        therapyIds,
        level: "ask-provider-first",
        text: "After recent surgery, the surgical site must be left alone, and we do not know where it is.",
        instructions: ["Mark the surgery area on the body map, and follow your surgeon's advice."],
      },
    ];
  }
  return [{ therapyIds, level: "avoid", regionIds, text }];
}

/** Wounds, diabetic feet, surgery and fragile skin (reference §3.1 and §3.2). */
export const skinRules: readonly SafetyRule[] = [
  answerRule({
    id: "diabetic-foot-massage",
    sourceId: "ref-3.1-diabetic-foot",
    reads: ["diabetesFootProblems"],
    topic: "foot wounds with diabetes",
    affects: allMassage,
    answers: ({ answers }) => [answers.diabetesFootProblems],
    onYes: () => [
      {
        therapyIds: allMassage,
        level: "avoid",
        regionIds: feet,
        text: "Rubbing a foot with a wound, callus, ulcer or broken skin can open the skin or spread an infection.",
        instructions: ["No massage, rubbing or soaking of the feet."],
      },
    ],
  }),
  answerRule({
    id: "diabetic-foot-acupuncture",
    sourceId: "ref-3.2-infection-risk",
    reads: ["diabetesFootProblems"],
    topic: "foot wounds with diabetes",
    affects: acupuncture,
    answers: ({ answers }) => [answers.diabetesFootProblems],
    onYes: () => [
      {
        therapyIds: acupuncture,
        level: "avoid",
        regionIds: feet,
        text: "Needles must never go through an ulcer or broken skin.",
      },
    ],
  }),
  answerRule({
    id: "diabetic-foot-yoga",
    sourceId: "ref-3.3-practice-precautions",
    reads: ["diabetesFootProblems"],
    topic: "foot wounds with diabetes",
    affects: allYoga,
    answers: ({ answers }) => [answers.diabetesFootProblems],
    onYes: () => [
      {
        therapyIds: allYoga,
        level: "caution",
        text: "Protect a sore foot during practice.",
        instructions: [
          "Wear socks or soft shoes on a non-slip mat.",
          "Check your feet after practice.",
        ],
      },
    ],
  }),
  answerRule({
    id: "diabetic-foot-weight-bearing",
    sourceId: "ref-7-g4-foot-ulcer-weight-bearing",
    reads: ["diabetesFootProblems"],
    topic: "foot wounds with diabetes",
    affects: [...standingYoga, ...movement],
    answers: ({ answers }) => [answers.diabetesFootProblems],
    onYes: () => [
      {
        therapyIds: standingYoga,
        level: "avoid",
        text: "With an open sore on a foot, standing poses put weight on it; do the chair version until it has healed.",
      },
      {
        therapyIds: movement,
        level: "caution",
        text: "With an open sore on a foot, exercise without weight on the feet until it has healed.",
        instructions: [
          "Seated or lying exercises, or other exercise that keeps weight off the feet.",
          "Ask your foot-care team when weight-bearing exercise can start again.",
        ],
      },
    ],
  }),
  answerRule({
    id: "sudden-warm-foot",
    sourceId: "ref-7-g7-charcot-foot",
    reads: ["redFlags.sudden-warm-swollen-foot"],
    topic: "a suddenly warm, red or swollen foot",
    affects: [...allMassage, ...standingYoga, ...movement],
    answers: (facts) => [redFlagAnswer(facts, "sudden-warm-swollen-foot")],
    onYes: () => [
      {
        therapyIds: allMassage,
        level: "avoid",
        regionIds: feet,
        text: "A foot that is suddenly warm, red or swollen needs a clinician today; no massage on the feet.",
      },
      {
        therapyIds: [...standingYoga, ...movement],
        level: "avoid",
        text: "Keep weight off a suddenly warm, red or swollen foot until a clinician has seen it.",
      },
    ],
  }),
  answerRule({
    id: "recent-surgery-massage",
    sourceId: "ref-3.1-recent-surgery",
    reads: ["recentSurgery", "recentSurgeryRegionIds"],
    topic: "recent surgery",
    affects: allMassage,
    answers: ({ answers }) => [answers.recentSurgery],
    onYes: ({ answers }) =>
      surgeryFindings(
        allMassage,
        answers.recentSurgeryRegionIds,
        "Do not massage a recent surgical site; follow your surgeon's advice on when it may be touched.",
      ),
  }),
  answerRule({
    id: "recent-surgery-acupuncture",
    sourceId: "ref-3.2-infection-risk",
    reads: ["recentSurgery", "recentSurgeryRegionIds"],
    topic: "recent surgery",
    affects: acupuncture,
    answers: ({ answers }) => [answers.recentSurgery],
    onYes: ({ answers }) =>
      surgeryFindings(
        acupuncture,
        answers.recentSurgeryRegionIds,
        "Needles must not go into a healing surgical wound.",
      ),
  }),
  answerRule({
    id: "fragile-skin-massage",
    sourceId: "ref-3.1-fragile-skin",
    reads: ["fragileSkin"],
    topic: "fragile skin",
    affects: allMassage,
    answers: ({ answers }) => [answers.fragileSkin],
    onYes: () => [
      {
        therapyIds: allMassage,
        level: "caution",
        text: "Fragile skin tears and bruises easily.",
        instructions: [
          "Low friction: little gliding over the skin.",
          "Keep away from skin treated with radiation and from fresh scars.",
        ],
      },
    ],
  }),
];
