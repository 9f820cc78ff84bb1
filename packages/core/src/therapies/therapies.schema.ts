import { z } from "zod";
import { evidenceSources, sourceVerifications } from "./evidence-sources.js";
import { deliveryModes, evidenceCertainties, supportedVariants } from "./therapy.js";
import { therapyIds, therapyKinds } from "./therapy-ids.js";
import { personText } from "../text/text.schema.js";

/** The library is public: these shapes hold catalog content only, never anything personal. */

export const therapyIdSchema = z.enum(therapyIds);
export const therapyKindSchema = z.enum(therapyKinds, {
  error: `Choose one of: ${therapyKinds.join(", ")}.`,
});
export const evidenceSourceIdSchema = z.enum(evidenceSources.map((source) => source.id));

export const minuteRangeSchema = z.object({
  min: z.number().int().positive(),
  max: z.number().int().positive(),
});

export const typicalFrequencySchema = z.discriminatedUnion("basis", [
  z.object({
    basis: z.literal("times-per-week"),
    min: z.number().positive(),
    max: z.number().positive(),
    label: z.string(),
  }),
  z.object({
    basis: z.literal("every-weeks"),
    min: z.number().positive(),
    max: z.number().positive(),
    label: z.string(),
  }),
  z.object({ basis: z.literal("as-prescribed"), label: z.string() }),
]);

export const deliveredBySchema = z.object({
  mode: z.enum(deliveryModes),
  who: z.string(),
  detail: z.string(),
});

export const evidenceCertaintySchema = z.enum(evidenceCertainties);

export const evidenceSchema = z.object({
  summary: z.string(),
  certainty: evidenceCertaintySchema,
  sources: z.array(evidenceSourceIdSchema).readonly(),
});

export const evidenceSourceSchema = z.object({
  id: evidenceSourceIdSchema,
  citation: z.string(),
  title: z.string(),
  url: z.string(),
  referenceSection: z.string(),
  verification: z.enum(sourceVerifications),
});

const therapyBaseShape = {
  id: therapyIdSchema,
  name: z.string(),
  summary: z.string(),
  whatItIs: z.string(),
  whatToExpect: z.string(),
  typicalMinutes: minuteRangeSchema.nullable(),
  typicalFrequency: typicalFrequencySchema,
  deliveredBy: deliveredBySchema,
  evidence: evidenceSchema,
  precautions: z.array(z.string()).readonly(),
  searchTerms: z.array(z.string()).readonly(),
};

export const therapySchema = z.discriminatedUnion("kind", [
  z.object({ ...therapyBaseShape, kind: z.literal("massage") }),
  z.object({ ...therapyBaseShape, kind: z.literal("acupuncture") }),
  z.object({
    ...therapyBaseShape,
    kind: z.literal("yoga"),
    supportedVariant: z.enum(supportedVariants),
    variantDescription: z.string(),
    cues: z.array(z.string()).readonly(),
    avoidIf: z.array(z.string()).readonly(),
  }),
  z.object({
    ...therapyBaseShape,
    kind: z.literal("mindfulness"),
    steps: z.array(z.string()).readonly(),
  }),
  z.object({ ...therapyBaseShape, kind: z.literal("other") }),
]);

export const therapySummarySchema = z.object({
  id: therapyIdSchema,
  kind: therapyKindSchema,
  name: z.string(),
  summary: z.string(),
  typicalMinutes: minuteRangeSchema.nullable(),
  typicalFrequency: typicalFrequencySchema,
  deliveryMode: z.enum(deliveryModes),
  evidenceCertainty: evidenceCertaintySchema,
});

export const therapyListQuerySchema = z.strictObject({
  kind: therapyKindSchema.optional(),
  q: personText({ maxLength: 100, label: "The search", isTrimmed: true }).optional(),
});
export type TherapyListQuery = z.input<typeof therapyListQuerySchema>;

/** Every therapy matching the query, in the library's order. */
export const therapyListResponseSchema = z.object({ therapies: z.array(therapySummarySchema) });
export type TherapyListResponse = z.infer<typeof therapyListResponseSchema>;

/** Any string: an id that is not in the library is a 404, not a validation error. */
export const therapyIdParamsSchema = z.strictObject({
  therapyId: z.string().min(1).max(100),
});

/** One therapy in full, with the sources its evidence cites (so a page needs one request). */
export const therapyDetailResponseSchema = z.object({
  therapy: therapySchema,
  sources: z.array(evidenceSourceSchema),
});
export type TherapyDetailResponse = z.infer<typeof therapyDetailResponseSchema>;
