import { findBodyRegion } from "../../body-map/body-regions.js";
import { askFirst } from "../rule-builders.js";
import type { Finding, SafetyFacts, SafetyRule } from "../safety-rule.js";
import { acupuncture, allMassage, allYoga, movement } from "../therapy-groups.js";

const coldSensitive = [...allMassage, "physical-therapy" as const];

const topic = "areas where feeling is reduced";

function numbFeet(regionIds: readonly string[]): string[] {
  return regionIds.filter((id) => findBodyRegion(id)?.part === "foot");
}

/**
 * A rule over the reduced-sensation areas: `null`/absent is an open question (ask first),
 * `[]` means "nowhere", otherwise `onAreas` decides.
 */
function sensationRule(
  config: Omit<SafetyRule, "evaluate" | "reads"> & {
    onAreas: (regionIds: readonly string[]) => readonly Finding[];
  },
): SafetyRule {
  return {
    id: config.id,
    sourceId: config.sourceId,
    reads: ["reducedSensationRegionIds"],
    affects: config.affects,
    evaluate: ({ answers }: SafetyFacts) => {
      const regionIds = answers.reducedSensationRegionIds;
      if (regionIds === null || regionIds === undefined) return [askFirst(config.affects, topic)];
      return regionIds.length === 0 ? [] : config.onAreas(regionIds);
    },
  };
}

/** Reduced sensation and pain from light touch (reference §3.1, §3.2, §3.3, §7 G11). */
export const sensationRules: readonly SafetyRule[] = [
  sensationRule({
    id: "reduced-sensation-massage",
    sourceId: "ref-3.1-reduced-sensation",
    affects: allMassage,
    onAreas: (regionIds) => {
      const feet = numbFeet(regionIds);
      return [
        {
          therapyIds: allMassage,
          level: "caution",
          text: "Where feeling is reduced, too much pressure or heat may go unnoticed.",
          instructions: [
            "Light to moderate pressure.",
            "No hot stones, heat packs or hot water.",
            "Check the skin before and after.",
          ],
        },
        {
          therapyIds: allMassage,
          level: "caution",
          regionIds,
          text: "Reduced feeling here.",
          instructions: ["Light pressure.", "No heat.", "Check the skin before and after."],
        },
        ...(feet.length === 0
          ? []
          : [
              {
                therapyIds: allMassage,
                level: "caution" as const,
                regionIds: feet,
                text: "Numb feet do not feel burns.",
                instructions: [
                  "No heat on the feet: no hot-water bottles, heating pads or soaking.",
                ],
              },
            ]),
      ];
    },
  }),
  sensationRule({
    id: "reduced-sensation-yoga",
    sourceId: "ref-3.3-practice-precautions",
    affects: allYoga,
    onAreas: (regionIds) => [
      {
        therapyIds: allYoga,
        level: "caution",
        text: "With reduced feeling, heat and injuries to the feet can go unnoticed.",
        instructions: [
          "No hot or heated yoga.",
          ...(numbFeet(regionIds).length === 0
            ? []
            : [
                "Wear socks or shoes on a non-slip mat.",
                "Check your feet before and after barefoot practice.",
              ]),
        ],
      },
    ],
  }),
  sensationRule({
    id: "numb-feet-acupuncture",
    sourceId: "ref-3.2-infection-risk",
    affects: acupuncture,
    onAreas: (regionIds) => {
      const feet = numbFeet(regionIds);
      if (feet.length === 0) return [];
      return [
        {
          therapyIds: acupuncture,
          level: "caution",
          regionIds: feet,
          text: "Sores on numb feet go unnoticed.",
          instructions: ["Check the feet for sores or broken skin before needling near them."],
        },
      ];
    },
  }),
  sensationRule({
    id: "numb-feet-exercise",
    sourceId: "ref-3.3-practice-precautions",
    affects: movement,
    onAreas: (regionIds) =>
      numbFeet(regionIds).length === 0
        ? []
        : [
            {
              therapyIds: movement,
              level: "caution",
              text: "Blisters and sores on numb feet go unnoticed.",
              instructions: [
                "Wear well-fitting shoes.",
                "Check your feet for blisters or sores after each session.",
              ],
            },
          ],
  }),
  sensationRule({
    id: "numb-skin-cold-and-moxa",
    sourceId: "ref-7-g11-cold-moxa-numb",
    affects: [...coldSensitive, ...acupuncture],
    onAreas: (regionIds) => [
      {
        therapyIds: coldSensitive,
        level: "caution",
        regionIds,
        text: "Numb skin does not feel cold burns.",
        instructions: ["No ice or cold packs here."],
      },
      {
        therapyIds: acupuncture,
        level: "caution",
        regionIds,
        text: "Numb skin does not feel a burn from moxibustion or a heat lamp.",
        instructions: ["No moxibustion or heat lamp here."],
      },
    ],
  }),
  {
    id: "touch-hypersensitivity-massage",
    sourceId: "ref-3.1-touch-hypersensitivity",
    reads: ["preferences.touchHypersensitivityRegionIds"],
    affects: allMassage,
    // A preference for the sheet, not a safety question: unanswered asks nothing.
    evaluate: ({ preferences }) => {
      const regionIds = preferences.touchHypersensitivityRegionIds ?? [];
      if (regionIds.length === 0) return [];
      return [
        {
          therapyIds: allMassage,
          level: "caution",
          regionIds,
          text: "Light touch hurts here.",
          instructions: [
            "Start with slow, firm, still contact rather than light stroking.",
            "Let the person set the pressure.",
          ],
        },
      ];
    },
  },
];
