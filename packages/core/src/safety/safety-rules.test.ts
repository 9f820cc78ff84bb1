import { describe, expect, it } from "vitest";
import type { PreSessionAnswers } from "./pre-session-check.schema.js";
import type { SafetyAnswers, SheetPreferences } from "./safety-intake.schema.js";
import type { TherapyId } from "../therapies/therapy-ids.js";
import { assessTherapies } from "./assess-safety.js";
import { safetyRules } from "./safety-rules.js";
import type { SafetySourceId } from "./safety-sources.js";
import { anIntake, calmPreSession } from "./testing/safety-intake.factory.js";
import type { VerdictLevel } from "./verdict-level.js";

type Row = {
  rule: string;
  source: SafetySourceId;
  answers?: Partial<SafetyAnswers>;
  preferences?: Partial<SheetPreferences>;
  preSession?: Partial<PreSessionAnswers>;
  therapy: TherapyId;
  /** Set when the rule speaks about an area, not the whole therapy. */
  region?: string;
  level: VerdictLevel;
};

/**
 * The rule table: one row per rule, from an intake where everything is "no" plus one risk, with
 * the verdict it must give and the reference entry it must cite.
 */
const table: Row[] = [
  {
    rule: "bleeding-risk-deep-massage",
    source: "ref-3.1-anticoagulants",
    answers: { bloodThinners: "yes" },
    therapy: "deep-tissue-massage",
    level: "avoid",
  },
  {
    rule: "bleeding-risk-light-massage",
    source: "ref-3.1-anticoagulants",
    answers: { lowPlatelets: "yes" },
    therapy: "swedish-massage",
    level: "caution",
  },
  {
    rule: "blood-thinners-acupuncture",
    source: "ref-3.2-anticoagulants",
    answers: { bloodThinners: "yes" },
    therapy: "traditional-acupuncture",
    level: "caution",
  },
  {
    rule: "bleeding-disorder-acupuncture",
    source: "ref-3.2-bleeding-disorders",
    answers: { bleedingDisorder: "yes" },
    therapy: "traditional-acupuncture",
    level: "ask-provider-first",
  },
  {
    rule: "blood-clot-massage",
    source: "ref-3.1-dvt",
    answers: { bloodClot: "yes", bloodClotRegionIds: ["left-calf"] },
    therapy: "swedish-massage",
    region: "left-calf",
    level: "avoid",
  },
  {
    rule: "leg-swelling-no-massage",
    source: "ref-3.4-dvt",
    preSession: { newRedFlagIds: ["one-sided-leg-swelling"] },
    therapy: "oncology-massage",
    level: "avoid",
  },
  {
    rule: "diabetic-foot-massage",
    source: "ref-3.1-diabetic-foot",
    answers: { diabetesFootProblems: "yes" },
    therapy: "swedish-massage",
    region: "right-sole",
    level: "avoid",
  },
  {
    rule: "diabetic-foot-acupuncture",
    source: "ref-3.2-infection-risk",
    answers: { diabetesFootProblems: "yes" },
    therapy: "traditional-acupuncture",
    region: "left-toes",
    level: "avoid",
  },
  {
    rule: "diabetic-foot-yoga",
    source: "ref-3.3-practice-precautions",
    answers: { diabetesFootProblems: "yes" },
    therapy: "yoga-mountain",
    level: "caution",
  },
  {
    rule: "recent-surgery-massage",
    source: "ref-3.1-recent-surgery",
    answers: {
      recentSurgery: "yes",
      recentSurgeryRegionIds: ["abdomen"],
      recentSurgeryDate: "2026-02-01",
    },
    therapy: "swedish-massage",
    region: "abdomen",
    level: "avoid",
  },
  {
    rule: "recent-surgery-acupuncture",
    source: "ref-3.2-infection-risk",
    answers: { recentSurgery: "yes", recentSurgeryRegionIds: ["abdomen"] },
    therapy: "electroacupuncture",
    region: "abdomen",
    level: "avoid",
  },
  {
    rule: "fragile-skin-massage",
    source: "ref-3.1-fragile-skin",
    answers: { fragileSkin: "yes" },
    therapy: "myofascial-release",
    level: "caution",
  },
  {
    rule: "reduced-sensation-massage",
    source: "ref-3.1-reduced-sensation",
    answers: { reducedSensationRegionIds: ["left-palm"] },
    therapy: "swedish-massage",
    region: "left-palm",
    level: "caution",
  },
  {
    rule: "reduced-sensation-yoga",
    source: "ref-3.3-practice-precautions",
    answers: { reducedSensationRegionIds: ["left-palm"] },
    therapy: "yoga-tree",
    level: "caution",
  },
  {
    rule: "numb-feet-acupuncture",
    source: "ref-3.2-infection-risk",
    answers: { reducedSensationRegionIds: ["left-sole"] },
    therapy: "traditional-acupuncture",
    region: "left-sole",
    level: "caution",
  },
  {
    rule: "touch-hypersensitivity-massage",
    source: "ref-3.1-touch-hypersensitivity",
    preferences: { touchHypersensitivityRegionIds: ["right-shin"] },
    therapy: "swedish-massage",
    region: "right-shin",
    level: "caution",
  },
  {
    rule: "chemotherapy-massage",
    source: "ref-3.1-chemotherapy",
    answers: { chemotherapyNow: "yes", lowBloodCounts: "no" },
    therapy: "oncology-massage",
    level: "caution",
  },
  {
    rule: "chemotherapy-port-acupuncture",
    source: "ref-3.2-infection-risk",
    answers: {
      chemotherapyNow: "yes",
      lowBloodCounts: "no",
      chemotherapyPortRegionIds: ["right-chest"],
    },
    therapy: "traditional-acupuncture",
    region: "right-chest",
    level: "avoid",
  },
  {
    rule: "low-blood-counts-massage",
    source: "ref-3.1-chemotherapy",
    answers: { chemotherapyNow: "yes", lowBloodCounts: "yes" },
    therapy: "swedish-massage",
    level: "ask-provider-first",
  },
  {
    rule: "low-blood-counts-acupuncture",
    source: "ref-3.2-infection-risk",
    answers: { chemotherapyNow: "yes", lowBloodCounts: "yes" },
    therapy: "traditional-acupuncture",
    level: "avoid",
  },
  {
    rule: "lymphoedema-massage",
    source: "ref-3.1-lymphoedema",
    answers: { lymphoedema: "yes", lymphoedemaSide: "left", lymphoedemaLimb: "arm" },
    therapy: "deep-tissue-massage",
    region: "left-forearm-front",
    level: "avoid",
  },
  {
    rule: "lymphoedema-acupuncture",
    source: "ref-3.2-lymphoedema",
    answers: { lymphoedema: "yes", lymphoedemaSide: "right", lymphoedemaLimb: "leg" },
    therapy: "traditional-acupuncture",
    region: "right-calf",
    level: "avoid",
  },
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
    rule: "implanted-device-electrical-stimulation",
    source: "ref-3.2-implanted-devices",
    answers: { implantedDevice: "yes", implantedDeviceKinds: ["pacemaker"] },
    therapy: "tens",
    level: "avoid",
  },
  {
    rule: "epilepsy-electroacupuncture",
    source: "ref-3.2-epilepsy",
    answers: { epilepsy: "yes" },
    therapy: "electroacupuncture",
    level: "ask-provider-first",
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
    rule: "fever-massage",
    source: "ref-3.1-fever-infection",
    answers: { feverOrInfection: "yes" },
    therapy: "swedish-massage",
    level: "avoid",
  },
  {
    rule: "fever-acupuncture",
    source: "ref-3.2-infection-risk",
    preSession: { hasFever: "yes" },
    therapy: "traditional-acupuncture",
    level: "ask-provider-first",
  },
  {
    rule: "fever-exertion",
    source: "ref-7-g2-fever-exertion",
    preSession: { hasFever: "yes" },
    therapy: "exercise",
    level: "avoid",
  },
  {
    rule: "diabetic-foot-weight-bearing",
    source: "ref-7-g4-foot-ulcer-weight-bearing",
    answers: { diabetesFootProblems: "yes" },
    therapy: "yoga-tree",
    level: "avoid",
  },
  {
    rule: "tens-reduced-sensation",
    source: "ref-7-g1-tens",
    answers: { reducedSensationRegionIds: ["left-sole"] },
    therapy: "tens",
    region: "left-sole",
    level: "avoid",
  },
  {
    rule: "tens-pregnancy",
    source: "ref-7-g12-pregnancy-electrical",
    answers: { pregnancy: "yes" },
    therapy: "tens",
    region: "abdomen",
    level: "avoid",
  },
  {
    rule: "tens-epilepsy",
    source: "ref-7-g1-tens",
    answers: { epilepsy: "yes" },
    therapy: "tens",
    level: "ask-provider-first",
  },
  {
    rule: "tens-blood-clot",
    source: "ref-7-g1-tens",
    answers: { bloodClot: "yes", bloodClotRegionIds: ["right-calf"] },
    therapy: "tens",
    region: "right-calf",
    level: "avoid",
  },
  {
    rule: "tens-broken-skin",
    source: "ref-7-g1-tens",
    answers: { diabetesFootProblems: "yes" },
    therapy: "tens",
    region: "left-heel",
    level: "avoid",
  },
  {
    rule: "weak-bones-spine-yoga",
    source: "ref-7-g3-bone-spine",
    answers: { boneWeakness: "yes" },
    therapy: "yoga-supine-twist",
    level: "ask-provider-first",
  },
  {
    rule: "low-blood-sugar-massage",
    source: "ref-7-g5-low-blood-sugar",
    answers: { glucoseLoweringMedicine: "yes" },
    therapy: "swedish-massage",
    level: "caution",
  },
  {
    rule: "low-blood-sugar-exertion",
    source: "ref-7-g5-low-blood-sugar",
    answers: { glucoseLoweringMedicine: "yes" },
    therapy: "exercise",
    level: "caution",
  },
  {
    rule: "heart-kidney-lymph-drainage",
    source: "ref-7-g6-lymph-drainage-heart-kidney",
    answers: { heartOrKidneyFailure: "yes" },
    therapy: "manual-lymphatic-drainage",
    level: "ask-provider-first",
  },
  {
    rule: "sudden-warm-foot",
    source: "ref-7-g7-charcot-foot",
    answers: { redFlags: { "sudden-warm-swollen-foot": "yes" } },
    therapy: "swedish-massage",
    region: "right-toes",
    level: "avoid",
  },
  {
    rule: "dizzy-on-standing",
    source: "ref-7-g9-dizzy-on-standing",
    answers: { dizzyOnStanding: "yes" },
    therapy: "yoga-legs-up-the-wall",
    level: "caution",
  },
  {
    rule: "poor-leg-circulation",
    source: "ref-7-g10-leg-circulation",
    answers: { poorLegCirculation: "yes" },
    therapy: "deep-tissue-massage",
    region: "left-calf",
    level: "avoid",
  },
  {
    rule: "numb-feet-exercise",
    source: "ref-3.3-practice-precautions",
    answers: { reducedSensationRegionIds: ["left-toes"] },
    therapy: "physical-therapy",
    level: "caution",
  },
  {
    rule: "numb-skin-cold-and-moxa",
    source: "ref-7-g11-cold-moxa-numb",
    answers: { reducedSensationRegionIds: ["right-shin"] },
    therapy: "electroacupuncture",
    region: "right-shin",
    level: "caution",
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

function factsOf(row: Row) {
  const intake = anIntake()
    .with({
      ...row.answers,
      redFlags: { ...anIntake().build().answers.redFlags, ...row.answers?.redFlags },
    })
    .withPreferences(row.preferences ?? {});
  return intake.facts(
    row.preSession === undefined ? undefined : { ...calmPreSession, ...row.preSession },
  );
}

describe("the rule table", () => {
  it("has exactly one row per rule", () => {
    expect(table.map((row) => row.rule).sort()).toEqual(safetyRules.map((rule) => rule.id).sort());
  });

  for (const row of table) {
    it(`${row.rule}: ${row.therapy}${row.region === undefined ? "" : ` at ${row.region}`} → ${row.level} (${row.source})`, () => {
      const rule = safetyRules.find((candidate) => candidate.id === row.rule);
      expect(rule?.affects).toContain(row.therapy);
      const verdict = assessTherapies(factsOf(row)).find(
        (entry) => entry.therapyId === row.therapy,
      );
      const place =
        row.region === undefined
          ? verdict
          : verdict?.areas.find((area) => area.regionId === row.region);
      const reason = place?.reasons.find((entry) => entry.ruleId === row.rule);
      expect(reason).toMatchObject({ level: row.level, sourceId: row.source, basis: "answer" });
      expect(reason?.text.length).toBeGreaterThan(10);
    });

    it(`${row.rule} is silent when everything is "no"`, () => {
      const rule = safetyRules.find((candidate) => candidate.id === row.rule);
      expect(rule?.evaluate(anIntake().facts(calmPreSession))).toEqual([]);
    });
  }
});
