import type { GoalKind, PlanChangeKind, Pressure, VerdictLevel } from "@painplan/core";
import type { JsonText, Timestamp } from "../database/columns.js";

/** A person's plan; `active_user_id` is the owner while active, null once archived. */
export type PlansTable = {
  id: string;
  user_id: string;
  /** The client's key for this create (a retry finds the row); null before keys existed. */
  idempotency_key: string | null;
  active_user_id: string | null;
  status: "active" | "archived";
  title: string;
  start_date: string;
  review_date: string | null;
  made_with: string;
  /** 1 when created, +1 with every change to the plan or its items. */
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  archived_at: Timestamp | null;
};

/** A pause for a flare: inclusive local days; `resumed_at` when ended early. */
export type PlanPausesTable = {
  id: string;
  plan_id: string;
  user_id: string;
  from_date: string;
  until_date: string;
  reason: string;
  created_at: Timestamp;
  resumed_at: Timestamp | null;
};

/** One item of a plan: a library therapy or a custom one, on a schedule (JSON). */
export type PlanItemsTable = {
  id: string;
  plan_id: string;
  user_id: string;
  therapy_id: string | null;
  custom_name: string | null;
  practitioner: string;
  /** `ItemSchedule` as JSON. */
  schedule: JsonText;
  pressure: Pressure | null;
  /** Body-map region ids, JSON lists. */
  focus_areas: JsonText;
  avoid_areas: JsonText;
  notes: string;
  /**
   * History: the safety verdict when the item was last saved, and its instructions (JSON list of
   * strings). Never shown as current: the API works the verdict out from the person's current
   * safety answers on every read (`withCurrentSafety` in core).
   */
  safety_level: VerdictLevel;
  safety_instructions: JsonText;
  cleared_by: string | null;
  /** The local day the provider cleared an "avoid" item. */
  cleared_at: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  deleted_at: Timestamp | null;
};

/** One change of a plan, with the plan as it was right after it (`snapshot`, a `Plan`). */
export type PlanVersionsTable = {
  id: string;
  plan_id: string;
  user_id: string;
  version: number;
  at: Timestamp;
  actor_id: string;
  change_kind: PlanChangeKind;
  summary: string;
  reason: string;
  proposed_by: string;
  snapshot: JsonText;
};

/** A moved, cancelled or held occurrence, by its original local start. */
export type PlanOccurrenceExceptionsTable = {
  id: string;
  item_id: string;
  user_id: string;
  original_start: string;
  kind: "moved" | "cancelled" | "held";
  moved_to: string | null;
  held_at: Timestamp | null;
  updated_at: Timestamp;
};

/** An extra occurrence of an item at a local wall time. */
export type PlanAddedOccurrencesTable = {
  id: string;
  item_id: string;
  user_id: string;
  start: string;
  duration_minutes: number;
  created_at: Timestamp;
};

/** A goal; `definition` is the contract's `Goal` as JSON. */
export type PlanGoalsTable = {
  id: string;
  user_id: string;
  /** The client's key for this create (a retry finds the row); null before keys existed. */
  idempotency_key: string | null;
  plan_id: string | null;
  kind: GoalKind;
  definition: JsonText;
  created_at: Timestamp;
  updated_at: Timestamp;
  deleted_at: Timestamp | null;
};

/** The amount done on one local day for a function goal; unique per goal and day. */
export type PlanGoalChecksTable = {
  id: string;
  user_id: string;
  goal_id: string;
  /** The owner's local day (YYYY-MM-DD), computed in their zone on the server. */
  local_date: string;
  /** In the goal's unit; more than 0. */
  value: number;
  recorded_at: Timestamp;
};

declare module "../database/tables.js" {
  interface Tables {
    plans: PlansTable;
    plan_pauses: PlanPausesTable;
    plan_items: PlanItemsTable;
    plan_versions: PlanVersionsTable;
    plan_occurrence_exceptions: PlanOccurrenceExceptionsTable;
    plan_added_occurrences: PlanAddedOccurrencesTable;
    plan_goals: PlanGoalsTable;
    plan_goal_checks: PlanGoalChecksTable;
  }
}
