import { answerRule } from "../rule-builders.js";
import type { SafetyFacts, SafetyRule } from "../safety-rule.js";
import { acupuncture, deepMassage, lightMassage } from "../therapy-groups.js";

const bleedingAnswers = ({ answers }: SafetyFacts) => [
  answers.bloodThinners,
  answers.bleedingDisorder,
  answers.lowPlatelets,
];
const bleedingReads = ["bloodThinners", "bleedingDisorder", "lowPlatelets"];
const bleedingTopic = "blood thinners, a bleeding disorder or low platelets";

/** Blood thinners, bleeding disorders and low platelets (reference §3.1 and §3.2). */
export const bleedingRules: readonly SafetyRule[] = [
  answerRule({
    id: "bleeding-risk-deep-massage",
    sourceId: "ref-3.1-anticoagulants",
    reads: bleedingReads,
    topic: bleedingTopic,
    affects: deepMassage,
    answers: bleedingAnswers,
    onYes: () => [
      {
        therapyIds: deepMassage,
        level: "avoid",
        text: "Deep or forceful massage can cause bruising and bleeding under the skin when blood clots slowly.",
        instructions: ["Choose a gentle massage with light pressure instead."],
      },
    ],
  }),
  answerRule({
    id: "bleeding-risk-light-massage",
    sourceId: "ref-3.1-anticoagulants",
    reads: bleedingReads,
    topic: bleedingTopic,
    affects: lightMassage,
    answers: bleedingAnswers,
    onYes: () => [
      {
        therapyIds: lightMassage,
        level: "caution",
        text: "Gentle massage is possible.",
        instructions: ["Light pressure only.", "Watch for bruising afterwards."],
      },
    ],
  }),
  answerRule({
    id: "blood-thinners-acupuncture",
    sourceId: "ref-3.2-anticoagulants",
    reads: ["bloodThinners"],
    topic: "blood thinners",
    affects: acupuncture,
    answers: ({ answers }) => [answers.bloodThinners],
    onYes: () => [
      {
        therapyIds: acupuncture,
        level: "caution",
        text: "Acupuncture appears safe with blood thinners when needles go in shallowly; small bleeding spots are common.",
        instructions: [
          "Tell your acupuncturist which blood thinner you take.",
          "Ask for shallow needling with fine needles.",
        ],
      },
    ],
  }),
  answerRule({
    id: "bleeding-disorder-acupuncture",
    sourceId: "ref-3.2-bleeding-disorders",
    reads: ["bleedingDisorder", "lowPlatelets"],
    topic: "a bleeding disorder or low platelets",
    affects: acupuncture,
    answers: ({ answers }) => [answers.bleedingDisorder, answers.lowPlatelets],
    onYes: () => [
      {
        therapyIds: acupuncture,
        level: "ask-provider-first",
        text: "With a severe bleeding disorder, acupuncture is not done; with a milder one it may be.",
        instructions: ["Ask the doctor who treats your bleeding disorder or platelets first."],
      },
    ],
  }),
];
