import { answerRule, areasOr, regionIdsOfParts } from "../rule-builders.js";
import { askFirst } from "../rule-builders.js";
import type { SafetyRule } from "../safety-rule.js";

const tens = ["tens"] as const;

/** Belly, pelvis and lower back: no electrical current there in pregnancy (§7 G1, G12). */
export const bellyPelvisLowerBack: readonly string[] = [
  "abdomen",
  "groin",
  "left-lower-back",
  "right-lower-back",
];

/**
 * TENS pads pass a current through the skin (reference §7 G1): not where feeling is reduced,
 * not on broken skin, a clot or a surgical site, never on the belly, pelvis or lower back in
 * pregnancy, and with epilepsy only after asking, never on the head or neck. The implanted
 * device rule is in devices.rules.ts.
 */
export const tensRules: readonly SafetyRule[] = [
  {
    id: "tens-reduced-sensation",
    sourceId: "ref-7-g1-tens",
    reads: ["reducedSensationRegionIds"],
    affects: tens,
    evaluate: ({ answers }) => {
      const regionIds = answers.reducedSensationRegionIds;
      if (regionIds === null || regionIds === undefined)
        return [askFirst(tens, "areas where feeling is reduced")];
      if (regionIds.length === 0) return [];
      return [
        {
          therapyIds: tens,
          level: "avoid",
          regionIds,
          text: "No TENS pads where feeling is reduced: you cannot feel how strong the current is.",
        },
      ];
    },
  },
  answerRule({
    id: "tens-pregnancy",
    sourceId: "ref-7-g1-tens",
    otherSourceIds: ["ref-7-g12-pregnancy-electrical"],
    reads: ["pregnancy"],
    topic: "pregnancy",
    affects: tens,
    answers: ({ answers }) => [answers.pregnancy],
    onYes: () => [
      {
        therapyIds: tens,
        level: "ask-provider-first",
        text: "In pregnancy, ask your midwife or doctor before using TENS.",
      },
      {
        therapyIds: tens,
        level: "avoid",
        regionIds: bellyPelvisLowerBack,
        text: "Never put TENS pads on the belly, pelvis or lower back in pregnancy.",
        sourceId: "ref-7-g12-pregnancy-electrical",
      },
    ],
  }),
  answerRule({
    id: "tens-epilepsy",
    sourceId: "ref-7-g1-tens",
    reads: ["epilepsy"],
    topic: "epilepsy",
    affects: tens,
    answers: ({ answers }) => [answers.epilepsy],
    onYes: () => [
      {
        therapyIds: tens,
        level: "ask-provider-first",
        text: "With epilepsy, ask your doctor before using TENS.",
      },
      {
        therapyIds: tens,
        level: "avoid",
        regionIds: regionIdsOfParts("head", "neck"),
        text: "With epilepsy, never put TENS pads on the head or neck.",
      },
    ],
  }),
  answerRule({
    id: "tens-blood-clot",
    sourceId: "ref-7-g1-tens",
    reads: ["bloodClot", "bloodClotRegionIds"],
    topic: "a blood clot",
    affects: tens,
    answers: ({ answers }) => [answers.bloodClot],
    onYes: ({ answers }) => [
      {
        therapyIds: tens,
        level: "avoid",
        // As for massage: without a named area, keep off both legs and feet.
        regionIds: areasOr(answers.bloodClotRegionIds, regionIdsOfParts("leg", "foot")),
        text: "No TENS pads where a blood clot is or may be.",
      },
    ],
  }),
  answerRule({
    id: "tens-broken-skin",
    sourceId: "ref-7-g1-tens",
    reads: ["diabetesFootProblems", "recentSurgery", "recentSurgeryRegionIds"],
    topic: "broken skin or a healing wound",
    affects: tens,
    answers: ({ answers }) => [answers.diabetesFootProblems, answers.recentSurgery],
    onYes: ({ answers }) => {
      const footSore = answers.diabetesFootProblems === "yes" ? regionIdsOfParts("foot") : [];
      const surgery = answers.recentSurgery === "yes" ? (answers.recentSurgeryRegionIds ?? []) : [];
      const unmarkedSurgery = answers.recentSurgery === "yes" && surgery.length === 0;
      return [
        ...(footSore.length + surgery.length === 0
          ? []
          : [
              {
                therapyIds: tens,
                level: "avoid" as const,
                regionIds: [...new Set([...footSore, ...surgery])],
                text: "No TENS pads on broken skin, a foot sore or a healing surgical wound.",
              },
            ]),
        ...(unmarkedSurgery
          ? [
              {
                therapyIds: tens,
                level: "ask-provider-first" as const,
                text: "TENS pads must stay off a healing surgical wound, and we do not know where it is.",
                instructions: ["Mark the surgery area on the body map."],
              },
            ]
          : []),
      ];
    },
  }),
];
