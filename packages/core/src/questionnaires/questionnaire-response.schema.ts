import { z } from "zod";
import { calendarDateSchema } from "../time/time.schema.js";
import { instrumentIdSchema } from "./instruments.schema.js";
import { pageOf, pageQuerySchema } from "../api/pagination.schema.js";

/** Answers keyed by item linkId; each value is the chosen option's `value`. */
export const answersSchema = z.record(
  z.string().min(1).max(64),
  z.number().int("Choose one of the options."),
);
export type Answers = z.infer<typeof answersSchema>;

export const submitQuestionnaireResponseRequestSchema = z.strictObject({
  instrumentId: instrumentIdSchema,
  answers: answersSchema,
  /** Sending the same key again returns the first response instead of saving a second one. */
  idempotencyKey: z.uuid("Not a valid id."),
});
export type SubmitQuestionnaireResponseRequest = z.input<
  typeof submitQuestionnaireResponseRequestSchema
>;

/**
 * What a score suggests, in plain words. Never a diagnosis: screening results say "suggests"
 * and point to the person's provider.
 */
export const interpretationSchema = z.object({
  /** Stable key of the band, e.g. `positive-screen`, `negative-screen`, `below-cut-off`, `much-improved`. */
  band: z.string(),
  label: z.string(),
  message: z.string(),
  /** Screens only (PHQ-2, GAD-2, DN4, S-LANSS, ID Pain); null for PEG and PGIC. */
  isPositiveScreen: z.boolean().nullable(),
  suggestsTalkingToProvider: z.boolean(),
});
export type Interpretation = z.infer<typeof interpretationSchema>;

export const scoreResultSchema = z.object({
  score: z.number().describe("Rounded to the instrument's `scoring.decimals`."),
  displayScore: z.string().describe("The score as shown, e.g. `5.3` for PEG."),
  minimum: z.number(),
  maximum: z.number(),
  /** DN4 only: `interview` (7 items, /7) or `full` (with the clinician's exam, /10). */
  form: z.enum(["interview", "full"]).nullable(),
  interpretation: interpretationSchema,
});
export type ScoreResult = z.infer<typeof scoreResultSchema>;

export const questionnaireResponseSchema = z.object({
  id: z.uuid(),
  instrumentId: instrumentIdSchema,
  instrumentVersion: z.string(),
  authoredAt: z.iso.datetime(),
  /** PGIC: the start date the change was judged against; null for the others. */
  anchorDate: calendarDateSchema.nullable(),
  answers: answersSchema,
  result: scoreResultSchema,
});
export type QuestionnaireResponse = z.infer<typeof questionnaireResponseSchema>;

export const questionnaireResponseParamsSchema = z.strictObject({
  userId: z.uuid("Not a valid id."),
  responseId: z.uuid("Not a valid id."),
});

export const questionnaireResponseListQuerySchema = pageQuerySchema.extend({
  instrumentId: instrumentIdSchema.optional(),
});

export const questionnaireResponsePageSchema = pageOf(questionnaireResponseSchema);
export type QuestionnaireResponsePage = z.infer<typeof questionnaireResponsePageSchema>;
