import { z } from "zod";
import { createKeySchema } from "../api/create-key.schema.js";
import { calendarDateSchema } from "../time/time.schema.js";
import { planApiLimits } from "./plan-api.schema.js";
import { planItemSchema } from "./plan-item.schema.js";
import { changeFields, expectedVersionSchema, oneLine } from "./plan-request-fields.js";
import { planPauseSchema } from "./schedule.schema.js";

// The plan itself: its own fields, pauses, and the plan as the API returns it. Its items are in
// plan-item.schema.ts, its timeline in plan-version.schema.ts, its calendar in
// plan-calendar.schema.ts, goals in goal-record.schema.ts and goal-check.schema.ts.

const L = planApiLimits;

const planFields = {
  title: oneLine(L.titleMaxLength, "The title", 1).describe("The plan's name."),
  startDate: calendarDateSchema.describe("The local day the plan starts."),
  reviewDate: calendarDateSchema
    .nullable()
    .describe("The local day to review the plan with the provider; null when not set."),
  madeWith: oneLine(L.madeWithMaxLength, "Made with").describe(
    "Who the plan was made with (free text now; a care-team practitioner later).",
  ),
};

const reviewAfterStart = {
  error: "The review date comes after the start date.",
  path: ["reviewDate"],
};

/**
 * A new plan: it becomes the active one and the previous active plan is archived. A retry under
 * the same key returns the plan already started and archives nothing.
 */
export const createPlanRequestSchema = z
  .strictObject({
    idempotencyKey: createKeySchema("plan"),
    ...planFields,
    reviewDate: planFields.reviewDate.optional().default(null),
    madeWith: planFields.madeWith.optional().default(""),
    ...changeFields,
  })
  .refine((plan) => plan.reviewDate === null || plan.reviewDate > plan.startDate, reviewAfterStart);
export type CreatePlanRequest = z.input<typeof createPlanRequestSchema>;
export type CreatePlan = z.output<typeof createPlanRequestSchema>;

/** Changes to the plan's own fields; only those sent change. */
export const updatePlanRequestSchema = z
  .strictObject({
    expectedVersion: expectedVersionSchema,
    title: planFields.title.optional(),
    startDate: planFields.startDate.optional(),
    reviewDate: planFields.reviewDate.optional(),
    madeWith: planFields.madeWith.optional(),
    ...changeFields,
  })
  .refine(
    (body) =>
      body.title !== undefined ||
      body.startDate !== undefined ||
      body.reviewDate !== undefined ||
      body.madeWith !== undefined,
    { error: "Change at least one field." },
  );
export type UpdatePlanRequest = z.input<typeof updatePlanRequestSchema>;
export type UpdatePlan = z.output<typeof updatePlanRequestSchema>;

/** Pause the plan for a flare: occurrences on those days are suspended, not deleted. */
export const pausePlanRequestSchema = z.strictObject({
  expectedVersion: expectedVersionSchema,
  pause: planPauseSchema,
  proposedBy: changeFields.proposedBy,
});
export type PausePlanRequest = z.input<typeof pausePlanRequestSchema>;

/** End the current pause today (a pause that has not started yet is withdrawn). */
export const resumePlanRequestSchema = z.strictObject({
  expectedVersion: expectedVersionSchema,
  ...changeFields,
});
export type ResumePlanRequest = z.input<typeof resumePlanRequestSchema>;

export const planPauseRecordSchema = z.object({
  id: z.uuid(),
  from: calendarDateSchema,
  until: calendarDateSchema,
  reason: z.string(),
  createdAt: z.iso.datetime(),
  resumedAt: z.iso.datetime().nullable().describe("When the person ended the pause early."),
});
export type PlanPauseRecord = z.infer<typeof planPauseRecordSchema>;

export const planStatuses = ["active", "archived"] as const;

export const planSchema = z.object({
  id: z.uuid(),
  status: z.enum(planStatuses),
  title: z.string(),
  startDate: calendarDateSchema,
  reviewDate: calendarDateSchema.nullable(),
  madeWith: z.string(),
  version: z.int().positive().describe("Send it back as `expectedVersion` with the next change."),
  pauses: z.array(planPauseRecordSchema).describe("Every pause, oldest first."),
  items: z.array(planItemSchema).describe("The items, oldest first (deleted ones left out)."),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  archivedAt: z.iso.datetime().nullable(),
});
export type Plan = z.infer<typeof planSchema>;

export const activePlanResponseSchema = z.object({
  plan: planSchema.nullable().describe("The active plan; null before the first one."),
});

export const planSummarySchema = planSchema.pick({
  id: true,
  status: true,
  title: true,
  startDate: true,
  reviewDate: true,
  version: true,
  createdAt: true,
  archivedAt: true,
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const archivedPlansResponseSchema = z.object({
  plans: z.array(planSummarySchema).describe("Archived plans, newest first."),
});
