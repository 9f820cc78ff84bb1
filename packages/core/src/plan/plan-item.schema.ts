import { z } from "zod";
import { regionIdListSchema } from "../safety/safety-intake.schema.js";
import { therapyIdFieldSchema } from "../safety/safety-assessment.schema.js";
import { verdictLevels } from "../safety/verdict-level.js";
import { personText } from "../text/text.schema.js";
import { calendarDateSchema } from "../time/time.schema.js";
import { planApiLimits } from "./plan-api.schema.js";
import { changeFields, expectedVersionSchema, oneLine } from "./plan-request-fields.js";
import { itemScheduleSchema } from "./schedule.schema.js";

// A plan's items: what a request may send, the safety rules' answer for one item, and the item
// as the API returns it.

const L = planApiLimits;

export const pressures = ["light", "medium", "firm"] as const;
export type Pressure = (typeof pressures)[number];

/** A provider's clearance of an item the safety rules say to avoid: who and on which day. */
export const clearanceSchema = z.strictObject({
  clearedBy: oneLine(L.clearedByMaxLength, "Who cleared it", 1).describe(
    "The provider who said this is fine for you.",
  ),
  clearedOn: calendarDateSchema.describe("The local day they cleared it."),
});
export type Clearance = z.output<typeof clearanceSchema>;

const itemFields = {
  therapyId: therapyIdFieldSchema
    .nullable()
    .describe("A therapy from the library, or null for a custom item (then `customName`)."),
  customName: oneLine(L.customNameMaxLength, "The name", 1)
    .nullable()
    .describe("The name of a custom item (not in the library); null for a library therapy."),
  practitioner: oneLine(L.practitionerMaxLength, "The practitioner").describe(
    "Who gives it (free text now; the directory later).",
  ),
  schedule: itemScheduleSchema,
  pressure: z
    .enum(pressures, { error: "Choose light, medium or firm." })
    .nullable()
    .describe("Pressure or intensity; null when it does not apply."),
  focusRegionIds: regionIdListSchema.describe("Body-map areas to focus on."),
  avoidRegionIds: regionIdListSchema.describe("Body-map areas to leave out."),
  notes: personText({
    maxLength: L.notesMaxLength,
    label: "The note",
    isMultiline: true,
  }).describe(`Notes (at most ${L.notesMaxLength} characters).`),
  clearance: clearanceSchema
    .nullable()
    .describe(
      "Recorded when the person's provider cleared an item the safety rules say to avoid; without it such an item is refused (422).",
    ),
};

const oneOfTherapyOrName = {
  error: "Choose a therapy from the library or give a custom item a name (one of the two).",
  path: ["therapyId"],
};

/** A new plan item; a new plan version. */
export const createPlanItemRequestSchema = z
  .strictObject({
    expectedVersion: expectedVersionSchema,
    therapyId: itemFields.therapyId.optional().default(null),
    customName: itemFields.customName.optional().default(null),
    practitioner: itemFields.practitioner.optional().default(""),
    schedule: itemFields.schedule,
    pressure: itemFields.pressure.optional().default(null),
    focusRegionIds: itemFields.focusRegionIds.optional().default([]),
    avoidRegionIds: itemFields.avoidRegionIds.optional().default([]),
    notes: itemFields.notes.optional().default(""),
    clearance: itemFields.clearance.optional().default(null),
    ...changeFields,
  })
  .refine((item) => (item.therapyId === null) !== (item.customName === null), oneOfTherapyOrName);
export type CreatePlanItemRequest = z.input<typeof createPlanItemRequestSchema>;
export type CreatePlanItem = z.output<typeof createPlanItemRequestSchema>;

/** Changes to an item; only the fields sent change. A new plan version. */
export const updatePlanItemRequestSchema = z
  .strictObject({
    expectedVersion: expectedVersionSchema,
    therapyId: itemFields.therapyId.optional(),
    customName: itemFields.customName.optional(),
    practitioner: itemFields.practitioner.optional(),
    schedule: itemFields.schedule.optional(),
    pressure: itemFields.pressure.optional(),
    focusRegionIds: itemFields.focusRegionIds.optional(),
    avoidRegionIds: itemFields.avoidRegionIds.optional(),
    notes: itemFields.notes.optional(),
    clearance: itemFields.clearance.optional(),
    ...changeFields,
  })
  .refine(
    (body) =>
      Object.keys(body).some((key) => !["expectedVersion", "reason", "proposedBy"].includes(key)),
    { error: "Change at least one field." },
  );
export type UpdatePlanItemRequest = z.input<typeof updatePlanItemRequestSchema>;
export type UpdatePlanItem = z.output<typeof updatePlanItemRequestSchema>;

/** Removing an item is a change of the plan too: the version it was loaded at, and why. */
export const deletePlanItemRequestSchema = z.strictObject({
  expectedVersion: expectedVersionSchema,
  ...changeFields,
});
export type DeletePlanItemRequest = z.input<typeof deletePlanItemRequestSchema>;

/**
 * The safety rules' answer for one item, from the person's current safety intake: the most
 * severe of the therapy's verdict and the verdicts of its focus areas. `avoid` blocks saving
 * unless a clearance is recorded; the instructions of `caution` (and "ask your provider first")
 * are kept with the item.
 */
export const itemSafetySchema = z.object({
  level: z.enum(verdictLevels),
  reasons: z.array(z.string()).describe("Why, in plain words (most severe first)."),
  instructions: z.array(z.string()).describe("What to do: kept with the item."),
  isBlocked: z.boolean().describe("True for `avoid` without a recorded clearance."),
});
export type ItemSafety = z.infer<typeof itemSafetySchema>;

/** Ask the safety rules about a draft item before saving it. */
export const planItemSafetyCheckRequestSchema = z.strictObject({
  therapyId: itemFields.therapyId,
  focusRegionIds: itemFields.focusRegionIds.optional().default([]),
  clearance: itemFields.clearance.optional().default(null),
});
export type PlanItemSafetyCheckRequest = z.input<typeof planItemSafetyCheckRequestSchema>;

export const planItemSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  therapyId: therapyIdFieldSchema.nullable(),
  customName: z.string().nullable(),
  title: z.string().describe("The library therapy's name, or the custom name."),
  practitioner: z.string(),
  schedule: itemScheduleSchema,
  pressure: z.enum(pressures).nullable(),
  focusRegionIds: z.array(z.string()),
  avoidRegionIds: z.array(z.string()),
  notes: z.string(),
  safety: z
    .object({
      level: z.enum(verdictLevels),
      instructions: z.array(z.string()),
    })
    .describe(
      "The safety rules' verdict from the person's current safety answers, worked out on every read (never the one of the day the item was added); in a version's snapshot, the verdict shown then.",
    ),
  clearance: clearanceSchema.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type PlanItem = z.infer<typeof planItemSchema>;
