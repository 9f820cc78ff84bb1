import { z } from "zod";
import { personText } from "../text/text.schema.js";
import { planItemParamsSchema } from "./plan-api.schema.js";
import { planOccurrenceSchema } from "./plan-calendar.schema.js";
import { localWallTimeSchema } from "./schedule.schema.js";

/** Why a planned session did not happen (issue 12); all optional, one tap each. */
export const missedReasons = ["flare", "cost", "therapist-cancelled", "forgot", "other"] as const;
export type MissedReason = (typeof missedReasons)[number];

/** The longest note with a reason, characters. */
export const missedNoteMaxLength = 500;

/** One missed occurrence of an item, by its original local start (its RECURRENCE-ID). */
export const missedParamsSchema = planItemParamsSchema.extend({
  originalStart: localWallTimeSchema.describe(
    "The occurrence's original local start (YYYY-MM-DDTHH:MM), as the calendar's `key`.",
  ),
});
export type MissedParams = z.infer<typeof missedParamsSchema>;

/** Say why a session was missed (replaces an earlier reason for the same session). */
export const setMissedReasonRequestSchema = z.strictObject({
  reason: z
    .enum(missedReasons, {
      error: "Choose flare, cost, therapist-cancelled, forgot or other.",
    })
    .describe("Why it did not happen."),
  note: personText({ maxLength: missedNoteMaxLength, label: "The note", isMultiline: true })
    .optional()
    .describe(
      `Anything to add, in the person's words (at most ${missedNoteMaxLength} characters).`,
    ),
});
export type SetMissedReasonRequest = z.input<typeof setMissedReasonRequestSchema>;

/** A reason given for a missed session, and when and by whom it was entered. */
export const missedReasonRecordSchema = z.object({
  reason: z.enum(missedReasons),
  note: z.string(),
  enteredAt: z.iso.datetime().describe("When the reason was given (UTC)."),
  enteredBy: z.string().describe("The user id of whoever entered it."),
});
export type MissedReasonRecord = z.infer<typeof missedReasonRecordSchema>;

/** A session that was due and did not happen, with its reason when one was given. */
export const missedOccurrenceSchema = planOccurrenceSchema.extend({
  planId: z.string(),
  reason: missedReasonRecordSchema.nullable(),
});
export type MissedOccurrence = z.infer<typeof missedOccurrenceSchema>;

export const missedOccurrenceResponseSchema = z.object({ missed: missedOccurrenceSchema });
export type MissedOccurrenceResponse = z.infer<typeof missedOccurrenceResponseSchema>;
