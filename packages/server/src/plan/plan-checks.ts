import { validateSchedule, type ItemSchedule } from "@painplan/core";
import { ApiError, notFound } from "../errors/api-error.js";

/** 404 for a plan the owner does not have. */
export const missingPlan = () => notFound("This plan");

/** 404 for an item the plan does not have (or no longer has). */
export const missingItem = () => notFound("This plan item");

/** 409 `write_conflict` carrying the plan's current version: the form was loaded before a change. */
export function staleVersion(currentVersion: number): ApiError {
  const message = `The plan changed since you loaded it (it is now at version ${currentVersion}). Reload it, check the change and try again.`;
  return new ApiError("write_conflict", message, {
    fields: [{ path: "expectedVersion", message }],
    currentVersion,
  });
}

/** 409 `write_conflict` for a change to an archived plan (only the active plan changes). */
export function archivedPlan(currentVersion: number): ApiError {
  const message = "This plan is archived and cannot change; change the active plan instead.";
  return new ApiError("write_conflict", message, { currentVersion });
}

/**
 * Schedule problems core finds (`validateSchedule`: invalid RRULE, end before start, more
 * sessions than `planLimits.maxOccurrencesPerExpansion`, duration) as 400 with field errors
 * under `path`.
 */
export function checkSchedule(schedule: ItemSchedule, path = "schedule"): void {
  const problems = validateSchedule(schedule, path);
  if (problems.length > 0) {
    throw new ApiError("validation_failed", "The schedule needs attention.", { fields: problems });
  }
}

/** 409: a create's idempotency key was already used for a different plan or goal. */
export function keyReused(what: "plan" | "goal"): ApiError {
  return new ApiError(
    "idempotency_key_reused",
    `This idempotency key was already used for a different ${what}. Send a new key for a new ${what}.`,
    { fields: [{ path: "idempotencyKey", message: `Already used for a different ${what}.` }] },
  );
}

/** 409: a retried goal create whose goal the person has removed since (it is not brought back). */
export function goalRemovedSince(): ApiError {
  return new ApiError(
    "idempotency_key_reused",
    "This goal was set earlier and has since been removed. Send a new key to set it again.",
    { fields: [{ path: "idempotencyKey", message: "Its goal has been removed: make a new key." }] },
  );
}
