import { z } from "zod";
import { isBodyRegionId } from "../body-map/body-regions.js";
import { painQualityIds } from "../body-map/pain-qualities.js";
import { painScoreFields, type PainScoreName } from "./pain-score-fields.js";
import { recallPeriods } from "./recall-periods.js";

const wholeNumberMessage = "Use a whole number from 0 to 10.";

/** A 0–10 score (pain intensity, sleep interference, mood): always a whole number. */
export const zeroToTenSchema = z
  .int({ error: wholeNumberMessage })
  .min(0, wholeNumberMessage)
  .max(10, wholeNumberMessage);

export const intensitySchema = zeroToTenSchema.describe(
  "Pain intensity: a whole number from 0 (no pain) to 10 (worst pain imaginable).",
);

export const recallPeriodSchema = z
  .enum(recallPeriods)
  .describe("The time span the number describes: `now`, `last-24h` or `last-night`.");

/**
 * The contract's metadata of one pain-entry score: its description and, as the OpenAPI extension
 * `x-recall-period`, the time span its number describes. The value itself is a plain 0–10 number
 * in requests and responses alike.
 */
export function painScoreMeta(name: PainScoreName) {
  const field = painScoreFields[name];
  return {
    description: `${field.description} Recall period: \`${field.recallPeriod}\`.`,
    "x-recall-period": field.recallPeriod,
  };
}

function hasNoDuplicates(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

export const painQualityListSchema = z
  .array(z.enum(painQualityIds, { error: "Choose how the pain feels from the list." }))
  .max(painQualityIds.length)
  .refine(hasNoDuplicates, "Each quality can be chosen once.")
  .describe("How the pain feels in this region: ids from `painQualities`.");

/** One body region with its own intensity and qualities. */
export const painRegionSchema = z.strictObject({
  regionId: z
    .string({ error: "Choose a body region from the map." })
    .refine(isBodyRegionId, "Choose a body region from the map.")
    .describe("A body region id from `bodyRegions`, e.g. `left-sole`."),
  intensity: intensitySchema,
  qualities: painQualityListSchema,
});
export type PainRegion = z.infer<typeof painRegionSchema>;

export const painRegionListSchema = z
  .array(painRegionSchema)
  .max(100)
  .refine(
    (regions) => hasNoDuplicates(regions.map((region) => region.regionId)),
    "Each body region can be chosen once.",
  )
  .describe("Where it hurts: each region once, with its own intensity and qualities.");
