import { findBodyRegion } from "../../body-map/body-regions.js";
import { answerRule } from "../rule-builders.js";
import type { Finding, SafetyRule } from "../safety-rule.js";
import { acupuncture, allMassage, movement, skinContact, standingYoga } from "../therapy-groups.js";

const bleedingSensitive = [...allMassage, ...acupuncture];

/** What loads the feet: standing poses and exercise (§7 G2, G4). */
const weightBearing = [...standingYoga, ...movement];

const footRestInstructions = [
  "Seated or lying exercises only: no walking, standing or weight on that foot until it has healed.",
];

/** Standing poses are out and exercise is seated while a foot is hurt (§7 G2, G4). */
function footFindings(): Finding[] {
  return [
    {
      therapyIds: standingYoga,
      level: "avoid",
      text: "Standing poses put weight on a hurt foot; do the chair version instead.",
      sourceId: "ref-7-g4-foot-ulcer-weight-bearing",
    },
    {
      therapyIds: movement,
      level: "caution",
      text: "Weight on a hurt foot slows healing and can open the skin further.",
      instructions: footRestInstructions,
      sourceId: "ref-7-g4-foot-ulcer-weight-bearing",
    },
  ];
}

/**
 * A new wound, burn, rash, or a hot, swollen or injured area: nothing touches it (massage,
 * needles, TENS pads), and a foot carries no weight. Without a place marked, ask first.
 */
function woundFindings(regionIds: readonly string[]): Finding[] {
  if (regionIds.length === 0) {
    return [
      {
        therapyIds: skinContact,
        level: "ask-provider-first",
        text: "A new wound, burn, rash or a hot, swollen or injured area must be left alone, and we do not know where it is.",
        instructions: ["Mark the place on the body map, or show it to your therapist first."],
      },
      {
        therapyIds: weightBearing,
        level: "caution",
        text: "We do not know where the hurt area is.",
        instructions: ["If it is on a foot: no standing poses, and seated exercise only."],
        sourceId: "ref-7-g4-foot-ulcer-weight-bearing",
      },
    ];
  }
  const onFoot = regionIds.some((id) => findBodyRegion(id)?.part === "foot");
  return [
    {
      therapyIds: allMassage,
      level: "avoid",
      regionIds,
      text: "No massage on a new wound, burn, rash, or a hot, swollen or injured area.",
      sourceId: "ref-3.1-general-cautions",
    },
    {
      therapyIds: acupuncture,
      level: "avoid",
      regionIds,
      text: "No needles through a wound, burn, rash or broken skin.",
      sourceId: "ref-3.2-infection-risk",
    },
    {
      therapyIds: ["tens"],
      level: "avoid",
      regionIds,
      text: "No TENS pads on a wound, burn, rash, or a hot, swollen or injured area.",
      sourceId: "ref-7-g16-inflamed-injured-area",
    },
    ...(onFoot ? footFindings() : []),
  ];
}

/**
 * The questions of the short check before a session (reference §6.3). They speak only when a
 * check is running; fever and new red flags are read by their own rules.
 */
export const preSessionRules: readonly SafetyRule[] = [
  answerRule({
    id: "new-wound",
    sourceId: "ref-6.3-pre-session-screen",
    otherSourceIds: [
      "ref-3.1-general-cautions",
      "ref-3.2-infection-risk",
      "ref-7-g16-inflamed-injured-area",
      "ref-7-g4-foot-ulcer-weight-bearing",
    ],
    reads: ["preSession.hasNewWound", "preSession.newWoundRegionIds"],
    topic: "a new wound, burn, rash, or a hot, swollen or injured area",
    affects: [...skinContact, ...weightBearing],
    answers: ({ preSession }) => (preSession === undefined ? [] : [preSession.hasNewWound]),
    onYes: ({ preSession }) => woundFindings(preSession?.newWoundRegionIds ?? []),
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
