import { z } from "zod";
import { therapyIdFieldSchema } from "../safety/safety-assessment.schema.js";
import { calendarDaysBetween } from "../time/calendar-date.js";
import { calendarDateSchema } from "../time/time.schema.js";
import { planApiLimits } from "./plan-api.schema.js";
import {
  addedOccurrenceSchema,
  itemScheduleSchema,
  localWallTimeSchema,
  occurrenceExceptionSchema,
  occurrenceSchema,
} from "./schedule.schema.js";

// A plan's calendar: occurrences in a window and today, changes of one occurrence, and a draft
// schedule's conflicts with the other items.

const L = planApiLimits;

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
