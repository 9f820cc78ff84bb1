import { answerRule } from "../rule-builders.js";
import type { SafetyRule } from "../safety-rule.js";
import { acupuncture, allMassage, skinContact } from "../therapy-groups.js";

const bleedingSensitive = [...allMassage, ...acupuncture];

/**
 * The questions of the short check before a session (reference §6.3). They speak only when a
 * check is running; fever and new red flags are read by their own rules.
 */
export const preSessionRules: readonly SafetyRule[] = [
  answerRule({
    id: "new-wound",
    sourceId: "ref-6.3-pre-session-screen",
    otherSourceIds: ["ref-3.1-general-cautions", "ref-3.2-infection-risk"],
    reads: ["preSession.hasNewWound", "preSession.newWoundRegionIds"],
    topic: "a new wound",
    affects: skinContact,
    answers: ({ preSession }) => (preSession === undefined ? [] : [preSession.hasNewWound]),
    onYes: ({ preSession }) => {
      const regionIds = preSession?.newWoundRegionIds ?? [];
      if (regionIds.length === 0) {
        return [
          {
            therapyIds: skinContact,
            level: "ask-provider-first",
            text: "A new wound must be left alone, and we do not know where it is.",
            instructions: ["Mark the wound on the body map, or show it to your therapist first."],
          },
        ];
      }
      return [
        {
          therapyIds: allMassage,
          level: "avoid",
          regionIds,
          text: "No massage on a new wound.",
          sourceId: "ref-3.1-general-cautions",
        },
        {
          therapyIds: acupuncture,
          level: "avoid",
          regionIds,
          text: "No needles through a new wound or broken skin.",
          sourceId: "ref-3.2-infection-risk",
        },
      ];
    },
  }),
  answerRule({
    id: "blood-thinners-changed",
    sourceId: "ref-6.3-pre-session-screen",
    reads: ["preSession.bloodThinnersChanged"],
    topic: "a change in blood thinners",
    affects: bleedingSensitive,
    answers: ({ preSession }) =>
      preSession === undefined ? [] : [preSession.bloodThinnersChanged],
    onYes: () => [
      {
        therapyIds: bleedingSensitive,
        level: "ask-provider-first",
        text: "A new or changed blood thinner changes the risk of bruising and bleeding.",
        instructions: ["Check with your provider, then update your safety answers."],
      },
    ],
  }),
];
