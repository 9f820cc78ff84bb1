import type { SafetyRuleRow } from "./safety-rule-row.js";

/**
 * Rows for the rules about the body's condition and the day of the session: weak bones, falls,
 * heat with MS, pregnancy, the pre-session check and red flags (rules/bones, falls, heat,
 * pregnancy, pre-session and red-flags).
 */
export const bodyAndDayRuleRows: readonly SafetyRuleRow[] = [
  {
    rule: "weak-bones-massage",
    source: "ref-3.1-weak-bones",
    answers: { boneWeakness: "yes" },
    therapy: "trigger-point-therapy",
    level: "avoid",
  },
  {
    rule: "ms-heat-massage",
    source: "ref-3.1-ms-heat",
    answers: { multipleSclerosisHeatSensitivity: "yes" },
    therapy: "swedish-massage",
    level: "caution",
  },
  {
    rule: "ms-heat-yoga",
    source: "ref-3.1-ms-heat",
    answers: { multipleSclerosisHeatSensitivity: "yes" },
    therapy: "yoga-childs-pose",
    level: "caution",
  },
  {
    rule: "pregnancy-massage",
    source: "ref-3.1-pregnancy",
    answers: { pregnancy: "yes" },
    therapy: "swedish-massage",
    level: "ask-provider-first",
  },
  {
    rule: "pregnancy-acupuncture",
    source: "ref-3.2-pregnancy",
    answers: { pregnancy: "yes" },
    therapy: "traditional-acupuncture",
    level: "ask-provider-first",
  },
  {
    rule: "weak-bones-spine-yoga",
    source: "ref-7-g3-bone-spine",
    answers: { boneWeakness: "yes" },
    therapy: "yoga-supine-twist",
    level: "ask-provider-first",
  },
  {
    rule: "pregnancy-electroacupuncture",
    source: "ref-7-g12-pregnancy-electrical",
    answers: { pregnancy: "yes" },
    therapy: "electroacupuncture",
    region: "left-lower-back",
    level: "avoid",
  },
  {
    rule: "pregnancy-prone-yoga",
    source: "ref-7-g12-pregnancy-electrical",
    answers: { pregnancy: "yes" },
    therapy: "yoga-sphinx",
    level: "avoid",
  },
  {
    rule: "falls-standing-yoga",
    source: "ref-3.3-falls",
    answers: { fallsOrPoorBalance: "yes" },
    therapy: "yoga-tree",
    level: "caution",
  },
  {
    rule: "falls-exercise",
    source: "ref-3.3-falls",
    answers: { fallsOrPoorBalance: "yes" },
    therapy: "exercise",
    level: "caution",
  },
  {
    rule: "new-wound",
    source: "ref-3.1-general-cautions",
    preSession: { hasNewWound: "yes", newWoundRegionIds: ["right-knee"] },
    therapy: "swedish-massage",
    region: "right-knee",
    level: "avoid",
  },
  {
    rule: "blood-thinners-changed",
    source: "ref-6.3-pre-session-screen",
    preSession: { bloodThinnersChanged: "yes" },
    therapy: "traditional-acupuncture",
    level: "ask-provider-first",
  },
  {
    rule: "red-flags-first",
    source: "ref-3.4-stroke",
    answers: { redFlags: { "sudden-one-sided-weakness": "yes" } },
    therapy: "yoga-bridge",
    level: "ask-provider-first",
  },
];
