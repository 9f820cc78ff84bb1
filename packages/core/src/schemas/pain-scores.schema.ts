import { z } from "zod";
import { isBodyRegionId } from "../body-map/body-regions.js";
import { painQualityIds } from "../body-map/pain-qualities.js";
import { diaryLimits } from "../diary/diary-limits.js";
import { recallPeriods } from "../diary/recall-periods.js";

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

/** A stored score with the recall period it was asked for. */
export const ratingSchema = z.object({ value: zeroToTenSchema, recallPeriod: recallPeriodSchema });
export type Rating = z.infer<typeof ratingSchema>;

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

/** A calendar day in the person's time zone. */
export const calendarDateSchema = z.iso
  .date({ error: "Enter a date as YYYY-MM-DD." })
  .refine((value) => value >= "1900-01-01", "Choose a date from 1900 on.")
  .describe("A calendar day (YYYY-MM-DD) in the person's own time zone.");

const earliestRecordedAtMs = Date.parse(diaryLimits.earliestRecordedAt);

/**
 * When something was felt: an ISO 8601 instant with an offset, stored as UTC. The lower bound
 * is checked here; "not in the future" needs the server's clock (see `checkRecordedAt`).
 */
export const recordedAtSchema = z.iso
  .datetime({ offset: true, error: "Enter a date and time such as 2026-03-01T08:30:00Z." })
  .refine((value) => Date.parse(value) >= earliestRecordedAtMs, "Choose a time from 1900 on.")
  .transform((value) => new Date(value).toISOString())
  .describe(
    `When the pain was felt (ISO 8601 with offset). Not before 1900, not more than ${diaryLimits.clockSkewMinutes} minutes ahead of the server's clock.`,
  );
