import { z } from "zod";
import { calendarDateSchema } from "../time/time.schema.js";
import { instrumentIdSchema } from "./instruments.schema.js";

/** Days between two due dates; null turns the reminder off (the questionnaire stays available). */
export const intervalDaysSchema = z
  .number()
  .int("Use a whole number of days.")
  .min(1, "Use at least 1 day.")
  .max(365, "Use at most 365 days.")
  .nullable();

export const questionnaireSettingsSchema = z.object({
  intervals: z.record(instrumentIdSchema, z.number().int().nullable()),
  /** The start date PGIC asks about ("since ..."); PGIC is never due without it. */
  pgicAnchorDate: calendarDateSchema.nullable(),
});
export type QuestionnaireSettings = z.infer<typeof questionnaireSettingsSchema>;

export const updateQuestionnaireSettingsRequestSchema = z
  .strictObject({
    intervals: z.partialRecord(instrumentIdSchema, intervalDaysSchema).optional(),
    pgicAnchorDate: calendarDateSchema.nullable().optional(),
  })
  .refine((body) => body.intervals !== undefined || body.pgicAnchorDate !== undefined, {
    error: "Change at least one setting.",
  });
export type UpdateQuestionnaireSettingsRequest = z.input<
  typeof updateQuestionnaireSettingsRequestSchema
>;

export const skipQuestionnaireRequestSchema = z.strictObject({ instrumentId: instrumentIdSchema });
export type SkipQuestionnaireRequest = z.input<typeof skipQuestionnaireRequestSchema>;

export const questionnaireSkipSchema = z.object({
  id: z.uuid(),
  instrumentId: instrumentIdSchema,
  skippedAt: z.iso.datetime(),
});
export type QuestionnaireSkip = z.infer<typeof questionnaireSkipSchema>;
