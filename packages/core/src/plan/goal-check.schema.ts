import { z } from "zod";
import { calendarDateSchema } from "../time/time.schema.js";
import { goalCheckValueMax } from "./goal-checks.js";
import { goalProgressResultSchema } from "./goal-record.schema.js";
import { goalParamsSchema } from "./plan-api.schema.js";

// Function-goal check-offs: the amount done on one local day.

/** One local day's check-off of a goal. */
export const goalCheckParamsSchema = goalParamsSchema.extend({
  localDate: calendarDateSchema.describe("The owner's local day the amount was done on."),
});

/**
 * The amount done on a day, in the goal's unit ("walked 15 minutes" → 15). The server also
 * refuses a goal that is not a function goal, a day after today in the owner's zone and a day
 * before the goal starts (core's `goalCheckProblem`), with field errors.
 */
export const goalCheckRequestSchema = z.strictObject({
  value: z
    .number({ error: "The amount is a number." })
    .positive("The amount is more than 0.")
    .max(goalCheckValueMax, "The amount is at most 1,000,000.")
    .describe("The amount done, in the goal's unit; more than 0, at most 1,000,000."),
});
export type GoalCheckRequest = z.infer<typeof goalCheckRequestSchema>;

/** A kept check-off: one per goal and local day (a second one that day replaces the value). */
export const goalCheckSchema = z.object({
  goalId: z.uuid(),
  localDate: calendarDateSchema.describe("The owner's local day the amount was done on."),
  value: z.number().positive().describe("The amount done, in the goal's unit."),
  recordedAt: z.iso.datetime().describe("When the amount was last recorded."),
});
export type GoalCheck = z.infer<typeof goalCheckSchema>;

/** A goal's check-offs, newest day first. */
export const goalChecksResponseSchema = z.object({ checks: z.array(goalCheckSchema) });

/** The check-off as kept, with the goal's progress right after it. */
export const goalCheckResponseSchema = z.object({
  check: goalCheckSchema,
  progress: goalProgressResultSchema,
});
export type GoalCheckResponse = z.infer<typeof goalCheckResponseSchema>;
