import { z } from "zod";
import { userIdParamsSchema } from "../api/path-params.schema.js";
import { regionIdListSchema } from "../safety/safety-intake.schema.js";
import { therapyIdFieldSchema } from "../safety/safety-assessment.schema.js";
import { verdictLevels } from "../safety/verdict-level.js";
import { personText } from "../text/text.schema.js";
import { calendarDateSchema } from "../time/time.schema.js";
import { goalSchema } from "./goal.schema.js";
import { goalCheckValueMax } from "./goal-checks.js";
import { calendarDaysBetween } from "../time/calendar-date.js";
import {
  addedOccurrenceSchema,
  itemScheduleSchema,
  localWallTimeSchema,
  occurrenceExceptionSchema,
  occurrenceSchema,
  planPauseSchema,
} from "./schedule.schema.js";

/**
 * Limits of the plan API (not clinical rules): text lengths, how many records one person keeps,
 * and the widest calendar window one request may ask for.
 */
export const planApiLimits = {
  titleMaxLength: 120,
  madeWithMaxLength: 200,
  practitionerMaxLength: 200,
  customNameMaxLength: 120,
  notesMaxLength: 2000,
  reasonMaxLength: 500,
  proposedByMaxLength: 120,
  clearedByMaxLength: 200,
  /** Items one plan may hold (deleted ones not counted). */
  itemsPerPlanMax: 50,
  /** Goals one person may hold (deleted ones not counted). */
  goalsMax: 50,
  /**
   * Widest calendar window in local days (inclusive `from`…`to`): a year and a month, so a
   * year view and "the next 12 months" fit; wider asks get 400 on `to`.
   */
  calendarWindowDaysMax: 400,
} as const;

const L = planApiLimits;

const oneLine = (maxLength: number, label: string, minLength = 0) =>
  personText({ maxLength, label, minLength, isTrimmed: true });

/** The plan a route names. */
export const planParamsSchema = userIdParamsSchema.extend({ planId: z.uuid("Not a valid id.") });
/** One item of a plan. */
export const planItemParamsSchema = planParamsSchema.extend({ itemId: z.uuid("Not a valid id.") });
/** One version of a plan. */
export const planVersionParamsSchema = planParamsSchema.extend({
  version: z.coerce.number().int().positive().max(1_000_000),
});
/** One goal. */
export const goalParamsSchema = userIdParamsSchema.extend({ goalId: z.uuid("Not a valid id.") });

/** The version the form was loaded at; a different current version answers 409 `write_conflict`. */
const expectedVersionSchema = z
  .int({ error: "The version is a whole number." })
  .positive()
  .describe(
    "The plan's `version` when the form was loaded. If the plan changed since, the answer is 409 `write_conflict` with `details.currentVersion`, and nothing is saved.",
  );

/** Why a change was made and who proposed it: kept in the plan's timeline. */
const changeFields = {
  reason: oneLine(L.reasonMaxLength, "The reason")
    .default("")
    .describe(`Why this change (at most ${L.reasonMaxLength} characters).`),
  proposedBy: oneLine(L.proposedByMaxLength, "Who proposed it")
    .default("")
    .describe(
      `Who proposed the change, in the person's words ("me", "my physiotherapist"); at most ${L.proposedByMaxLength} characters.`,
    ),
};

// ---------------------------------------------------------------------------------------------
// Plans

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

/** A new plan: it becomes the active one and the previous active plan is archived. */
export const createPlanRequestSchema = z
  .strictObject({
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

// ---------------------------------------------------------------------------------------------
// Items

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
  safety: z.object({
    level: z.enum(verdictLevels),
    instructions: z.array(z.string()),
  }),
  clearance: clearanceSchema.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type PlanItem = z.infer<typeof planItemSchema>;

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

// ---------------------------------------------------------------------------------------------
// Versions (the timeline)

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
  snapshot: planSchema.describe("The plan as it was right after this change."),
});

// ---------------------------------------------------------------------------------------------
// Calendar, exceptions, conflicts, Today

/** One occurrence with what it is: the item's title and therapy. */
export const planOccurrenceSchema = occurrenceSchema.extend({
  title: z.string(),
  therapyId: therapyIdFieldSchema.nullable(),
});
export type PlanOccurrence = z.infer<typeof planOccurrenceSchema>;

export const planCalendarQuerySchema = z
  .strictObject({
    from: calendarDateSchema.describe("First local day (inclusive)."),
    to: calendarDateSchema.describe(
      `Last local day (inclusive); at most ${L.calendarWindowDaysMax} days after \`from\`.`,
    ),
  })
  .refine((query) => query.to >= query.from, {
    error: "The last day must not be before the first.",
    path: ["to"],
  })
  .refine((query) => calendarDaysBetween(query.from, query.to) < L.calendarWindowDaysMax, {
    error: `Ask for at most ${L.calendarWindowDaysMax} days at a time.`,
    path: ["to"],
  });
export type PlanCalendarQuery = z.output<typeof planCalendarQuerySchema>;

export const planCalendarSchema = z.object({
  timeZone: z.string().describe("The owner's zone the days and times are in."),
  from: calendarDateSchema,
  to: calendarDateSchema,
  occurrences: z.array(planOccurrenceSchema).describe("Every item's occurrences, by start."),
});
export type PlanCalendar = z.infer<typeof planCalendarSchema>;

export const planTodaySchema = z.object({
  timeZone: z.string(),
  localDate: calendarDateSchema.describe("Today in the owner's zone."),
  occurrences: z.array(planOccurrenceSchema).describe("Today's occurrences, by start."),
});
export type PlanToday = z.infer<typeof planTodaySchema>;

/** Move, cancel or mark held one occurrence (replaces an earlier change of the same one). */
export const setOccurrenceExceptionRequestSchema = occurrenceExceptionSchema;
export type SetOccurrenceExceptionRequest = z.input<typeof setOccurrenceExceptionRequestSchema>;

/** Undo the change of one occurrence. */
export const clearOccurrenceExceptionRequestSchema = z.strictObject({
  originalStart: localWallTimeSchema,
});

/** An extra occurrence of an item. */
export const addOccurrenceRequestSchema = addedOccurrenceSchema;
export type AddOccurrenceRequest = z.input<typeof addOccurrenceRequestSchema>;

export const occurrenceChangeResponseSchema = z.object({
  occurrence: planOccurrenceSchema.describe("The occurrence as it now is."),
});

/** A draft item's schedule, checked against every occurrence of the other items. */
export const conflictPreviewRequestSchema = z.strictObject({
  schedule: itemScheduleSchema,
  itemId: z
    .uuid("Not a valid id.")
    .optional()
    .describe("When editing an item: leave its own occurrences out."),
});
export type ConflictPreviewRequest = z.input<typeof conflictPreviewRequestSchema>;

export const conflictPreviewSchema = z.object({
  occurrenceCount: z.int().nonnegative().describe("How many occurrences the draft has."),
  checkedUntil: z.iso
    .datetime()
    .describe("The end of the window checked (the draft's end, or the window cap)."),
  conflicts: z
    .array(z.object({ draft: occurrenceSchema, existing: planOccurrenceSchema }))
    .describe("Every overlap of a draft occurrence with an existing one."),
});
export type ConflictPreview = z.infer<typeof conflictPreviewSchema>;

// ---------------------------------------------------------------------------------------------
// Goals

export const createGoalRequestSchema = z.strictObject({ goal: goalSchema });
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

// ---------------------------------------------------------------------------------------------
// Function-goal check-offs

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
