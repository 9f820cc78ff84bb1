import { answerRule } from "../rule-builders.js";
import type { SafetyRule } from "../safety-rule.js";
import { electricalStimulation } from "../therapy-groups.js";

/** Implanted electrical devices and epilepsy (reference §3.2). */
export const deviceRules: readonly SafetyRule[] = [
  answerRule({
    id: "implanted-device-electrical-stimulation",
    sourceId: "ref-3.2-implanted-devices",
    reads: ["implantedDevice"],
    topic: "implanted electrical devices",
    affects: electricalStimulation,
    answers: ({ answers }) => [answers.implantedDevice],
    onYes: () => [
      {
        therapyIds: electricalStimulation,
        level: "avoid",
        text: "Electrical current through the body can disturb a pacemaker or other implanted device.",
        instructions: ["Acupuncture without electrical current is not affected by this."],
      },
    ],
  }),
  answerRule({
    id: "epilepsy-electroacupuncture",
    sourceId: "ref-3.2-epilepsy",
    reads: ["epilepsy"],
    topic: "epilepsy",
    affects: ["electroacupuncture"],
    answers: ({ answers }) => [answers.epilepsy],
    onYes: () => [
      {
        therapyIds: ["electroacupuncture"],
        level: "ask-provider-first",
        text: "Electroacupuncture is not used when epilepsy is not well controlled.",
        instructions: ["Ask your doctor whether your epilepsy is well controlled."],
      },
    ],
  }),
];
