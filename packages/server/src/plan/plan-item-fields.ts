import {
  itemSafetyVerdict,
  type SafetyIntake,
  type TherapyId,
  type UpdatePlanItem,
} from "@painplan/core";
import { ApiError } from "../errors/api-error.js";
import { toPlanItem } from "./plan-records.js";
import type { PlanItemsTable } from "./plan.tables.js";

/** The fields of a change request that say why and against which version, not what changed. */
const changeMeta = ["expectedVersion", "reason", "proposedBy"];

/** The names of the fields a change request sets (for the timeline's "Changed …"). */
export function changedFieldNames(body: object): string[] {
  return Object.entries(body)
    .filter(([key, value]) => value !== undefined && !changeMeta.includes(key))
    .map(([key]) => key);
}

/**
 * The item's fields after a change, with exactly one of library therapy or custom name (400 on
 * `therapyId` when the change leaves neither or both).
 */
export function mergedItem(current: PlanItemsTable, body: UpdatePlanItem) {
  const therapyId =
    body.therapyId !== undefined
      ? body.therapyId
      : body.customName !== undefined && body.customName !== null
        ? null
        : (current.therapy_id as TherapyId | null);
  const customName =
    body.customName !== undefined
      ? body.customName
      : body.therapyId !== undefined && body.therapyId !== null
        ? null
        : current.custom_name;
  if ((therapyId === null) === (customName === null)) {
    const message =
      "Choose a therapy from the library or give a custom item a name (one of the two).";
    throw new ApiError("validation_failed", message, {
      fields: [{ path: "therapyId", message }],
    });
  }
  const now = toPlanItem(current);
  return {
    therapyId,
    customName,
    practitioner: body.practitioner ?? now.practitioner,
    schedule: body.schedule ?? now.schedule,
    pressure: body.pressure !== undefined ? body.pressure : now.pressure,
    focusRegionIds: body.focusRegionIds ?? now.focusRegionIds,
    avoidRegionIds: body.avoidRegionIds ?? now.avoidRegionIds,
    notes: body.notes ?? now.notes,
    clearance: body.clearance !== undefined ? body.clearance : now.clearance,
  };
}

/** The fields of a plan item as the safety rules and the columns see them. */
export type ItemFields = ReturnType<typeof mergedItem>;

/** The safety verdict for an item's fields; `avoid` without clearance is refused (422). */
export function checkedItemSafety(intake: SafetyIntake, fields: ItemFields) {
  const verdict = itemSafetyVerdict(
    intake,
    fields.therapyId,
    fields.focusRegionIds,
    fields.clearance,
  );
  if (verdict.isBlocked) {
    const reasons = verdict.reasons.join(" ");
    throw new ApiError(
      "validation_failed",
      `Your safety answers say to avoid this: ${reasons} If your provider has cleared it, record who cleared it and when.`,
      {
        fields: [
          { path: "therapyId", message: reasons },
          {
            path: "clearance",
            message: "Record who cleared it and when, or choose something else.",
          },
        ],
      },
      422,
    );
  }
  return verdict;
}

/** The stored columns of an item's fields and its safety verdict. */
export function itemColumns(fields: ItemFields, safety: { level: string; instructions: string[] }) {
  return {
    therapy_id: fields.therapyId,
    custom_name: fields.customName,
    practitioner: fields.practitioner,
    schedule: JSON.stringify(fields.schedule),
    pressure: fields.pressure,
    focus_areas: JSON.stringify(fields.focusRegionIds),
    avoid_areas: JSON.stringify(fields.avoidRegionIds),
    notes: fields.notes,
    safety_level: safety.level as PlanItemsTable["safety_level"],
    safety_instructions: JSON.stringify(safety.instructions),
    cleared_by: fields.clearance?.clearedBy ?? null,
    cleared_at: fields.clearance?.clearedOn ?? null,
  };
}
