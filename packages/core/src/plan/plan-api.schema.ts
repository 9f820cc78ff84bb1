import { z } from "zod";
import { userIdParamsSchema } from "../api/path-params.schema.js";

// What every part of the plan API shares: its limits and the route params naming a plan, an
// item, a version or a goal.

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
