import {
  clearanceSchema,
  findTherapy,
  itemScheduleSchema,
  planSchema,
  type Plan,
  type PlanItem,
  type PlanPauseRecord,
  type TherapyId,
} from "@painplan/core";
import { z } from "zod";
import type { PlanItemsTable, PlanPausesTable, PlansTable } from "./plan.tables.js";
import { plansRepository as plans, type Queryable } from "./plans.repository.js";

const stringListSchema = z.array(z.string());

/** An instant as the API shows it (PostgreSQL may hand back a Date-like string). */
export const isoInstant = (value: string) => new Date(value).toISOString();

/** The library therapy's name, or the custom item's own. */
export function itemTitle(row: Pick<PlanItemsTable, "therapy_id" | "custom_name">): string {
  if (row.therapy_id !== null) return findTherapy(row.therapy_id)?.name ?? row.therapy_id;
  return row.custom_name ?? "";
}

/**
 * A stored item as the contract shows it; stored JSON is checked on the way out. Its `safety` is
 * the verdict stored when it was saved (history): what a person sees goes through
 * `withCurrentSafety` with their current intake first (plan.service, plan-changes).
 */
export function toPlanItem(row: PlanItemsTable): PlanItem {
  const clearance =
    row.cleared_by === null || row.cleared_at === null
      ? null
      : clearanceSchema.parse({ clearedBy: row.cleared_by, clearedOn: row.cleared_at });
  return {
    id: row.id,
    planId: row.plan_id,
    therapyId: row.therapy_id as TherapyId | null,
    customName: row.custom_name,
    title: itemTitle(row),
    practitioner: row.practitioner,
    schedule: itemScheduleSchema.parse(JSON.parse(row.schedule)),
    pressure: row.pressure,
    focusRegionIds: stringListSchema.parse(JSON.parse(row.focus_areas)),
    avoidRegionIds: stringListSchema.parse(JSON.parse(row.avoid_areas)),
    notes: row.notes,
    safety: {
      level: row.safety_level,
      instructions: stringListSchema.parse(JSON.parse(row.safety_instructions)),
    },
    clearance,
    createdAt: isoInstant(row.created_at),
    updatedAt: isoInstant(row.updated_at),
  };
}

export function toPauseRecord(row: PlanPausesTable): PlanPauseRecord {
  return {
    id: row.id,
    from: row.from_date,
    until: row.until_date,
    reason: row.reason,
    createdAt: isoInstant(row.created_at),
    resumedAt: row.resumed_at === null ? null : isoInstant(row.resumed_at),
  };
}

/** The whole plan (items and pauses) as the contract shows it. */
export async function loadPlan(db: Queryable, row: PlansTable): Promise<Plan> {
  // One after the other: inside a transaction both run on its one connection.
  const pauseRows = await plans.pauses(db, row.id);
  const itemRows = await plans.items(db, row.id);
  return {
    id: row.id,
    status: row.status,
    title: row.title,
    startDate: row.start_date,
    reviewDate: row.review_date,
    madeWith: row.made_with,
    version: row.version,
    pauses: pauseRows.map(toPauseRecord),
    items: itemRows.map(toPlanItem),
    createdAt: isoInstant(row.created_at),
    updatedAt: isoInstant(row.updated_at),
    archivedAt: row.archived_at === null ? null : isoInstant(row.archived_at),
  };
}

/** A stored snapshot, checked on the way out. */
export function parseSnapshot(text: string): Plan {
  return planSchema.parse(JSON.parse(text));
}
