import { z } from "zod";
import { createKeySchema } from "../api/create-key.schema.js";
import { calendarDateSchema } from "../time/time.schema.js";
import { goalSchema } from "./goal.schema.js";

// Goals as the API takes and returns them: the goal (goal.schema.ts) with where it stands.

/** A new goal; a retry under the same key returns the goal already set. */
export const createGoalRequestSchema = z.strictObject({
  idempotencyKey: createKeySchema("goal"),
  goal: goalSchema,
});
export type CreateGoalRequest = z.input<typeof createGoalRequestSchema>;
export const updateGoalRequestSchema = z.strictObject({ goal: goalSchema });

export const planGoalStatuses = ["not-started", "on-track", "achieved", "missed"] as const;
export const immpactBands = ["substantial", "moderate", "minimal", "none", "worsening"] as const;

/**
 * Where a goal stands, computed in core by `goalProgress` (REFERENCE.md §2.1, §2.5): the status,
 * the IMMPACT band (pain goals), percent and raw points side by side; null where undefined (no
 * data yet, or a baseline of 0 for a percentage).
 */
export const goalProgressResultSchema = z.object({
  status: z.enum(planGoalStatuses),
  band: z.enum(immpactBands).nullable().describe("The IMMPACT band, pain-reduction goals only."),
  points: z
    .number()
    .nullable()
    .describe("Raw points: pain/PEG points down from baseline, or the amount reached."),
  percent: z
    .number()
    .nullable()
    .describe("Percent down from baseline (pain, PEG) or of the target reached (others)."),
  baseline: z.number().nullable().describe("Pain or PEG baseline (mean of the 7 days before)."),
  current: z.number().nullable().describe("Pain or PEG now."),
  evaluatedOn: calendarDateSchema.describe("Today, or the target date once it has passed."),
});
export type GoalProgressResult = z.infer<typeof goalProgressResultSchema>;

export const goalRecordSchema = z.object({
  id: z.uuid(),
  planId: z.uuid().nullable(),
  goal: goalSchema,
  progress: goalProgressResultSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type GoalRecord = z.infer<typeof goalRecordSchema>;

export const goalsResponseSchema = z.object({ goals: z.array(goalRecordSchema) });
