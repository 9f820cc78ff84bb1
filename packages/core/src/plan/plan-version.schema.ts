import { z } from "zod";
import { planSchema } from "./plan.schema.js";

// A plan's versions (the timeline): one per change, each with a snapshot of the plan.

export const planChangeKinds = [
  "plan-created",
  "plan-updated",
  "plan-paused",
  "plan-resumed",
  "plan-archived",
  "item-added",
  "item-changed",
  "item-removed",
] as const;
export type PlanChangeKind = (typeof planChangeKinds)[number];

export const planVersionSummarySchema = z.object({
  version: z.int().positive(),
  at: z.iso.datetime(),
  changeKind: z.enum(planChangeKinds),
  summary: z.string().describe("What changed, in plain words (field names, item titles)."),
  reason: z.string(),
  proposedBy: z.string(),
});
export type PlanVersionSummary = z.infer<typeof planVersionSummarySchema>;

export const planVersionsResponseSchema = z.object({
  versions: z.array(planVersionSummarySchema).describe("Newest first."),
});

export const planVersionResponseSchema = planVersionSummarySchema.extend({
  snapshot: planSchema.describe(
    "The plan as it was right after this change: history, so each item's safety is the verdict shown then (the plan itself shows the verdict from the current safety answers).",
  ),
});
