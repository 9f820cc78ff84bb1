import { z } from "zod";
import { redFlagIds } from "./red-flags.js";
import { yesNoAnswers } from "./safety-answer.js";
import {
  redFlagAlertSchema,
  therapyIdFieldSchema,
  therapyVerdictSchema,
} from "./safety-assessment.schema.js";
import { regionIdListSchema } from "./safety-intake.schema.js";

/**
 * The 20-second check before a session (reference §6.3): four questions, all required, so the
 * check is never silently half-done. "not-sure" is allowed and treated with care.
 */
export const preSessionAnswersSchema = z
  .strictObject({
    hasFever: z.enum(yesNoAnswers),
    hasNewWound: z.enum(yesNoAnswers),
    newWoundRegionIds: regionIdListSchema.optional(),
    bloodThinnersChanged: z.enum(yesNoAnswers),
    /** Red flags that are new since the intake; [] = none. */
    newRedFlagIds: z
      .array(z.enum(redFlagIds))
      .max(redFlagIds.length)
      .refine((ids) => new Set(ids).size === ids.length, { error: "A sign is listed twice." }),
  })
  .superRefine((answers, context) => {
    if (answers.hasNewWound === "no" && (answers.newWoundRegionIds ?? []).length > 0) {
      context.addIssue({
        code: "custom",
        path: ["newWoundRegionIds"],
        message: 'A wound place does not fit the answer "no": remove it or change the answer.',
      });
    }
  });
export type PreSessionAnswers = z.output<typeof preSessionAnswersSchema>;

export const preSessionCheckRequestSchema = z.strictObject({
  therapyId: therapyIdFieldSchema,
  answers: preSessionAnswersSchema,
});
export type PreSessionCheckRequest = z.input<typeof preSessionCheckRequestSchema>;

/** go: nothing to add; go-with-care: follow the instructions; stop: not today, see messages. */
export const preSessionOutcomes = ["go", "go-with-care", "stop"] as const;
export type PreSessionOutcome = (typeof preSessionOutcomes)[number];

export const preSessionCheckResultSchema = z.object({
  id: z.uuid(),
  checkedAt: z.iso.datetime(),
  therapyId: therapyIdFieldSchema,
  intakeVersion: z.number().int().positive().nullable(),
  outcome: z.enum(preSessionOutcomes),
  verdict: therapyVerdictSchema,
  redFlags: redFlagAlertSchema,
  /** What to tell the person, most important first, in plain words. */
  messages: z.array(z.string()),
});
export type PreSessionCheckResult = z.output<typeof preSessionCheckResultSchema>;
