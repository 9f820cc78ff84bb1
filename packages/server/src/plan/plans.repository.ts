import type { Insertable, Kysely, Updateable } from "kysely";
import type { Tables } from "../database/tables.js";
import type {
  PlanAddedOccurrencesTable,
  PlanGoalsTable,
  PlanItemsTable,
  PlanOccurrenceExceptionsTable,
  PlanPausesTable,
  PlansTable,
  PlanVersionsTable,
} from "./plan.tables.js";

/** The database or a transaction: repository functions run in either. */
export type Queryable = Kysely<Tables>;

/**
 * Plans, their pauses, items, versions and per-occurrence changes. Every query filters by
 * user_id: an id alone never reaches another person's plan.
 */
export const plansRepository = {
  active(db: Queryable, userId: string) {
    return db
      .selectFrom("plans")
      .selectAll()
      .where("active_user_id", "=", userId)
      .executeTakeFirst();
  },

  byId(db: Queryable, userId: string, planId: string) {
    return db
      .selectFrom("plans")
      .selectAll()
      .where("user_id", "=", userId)
      .where("id", "=", planId)
      .executeTakeFirst();
  },

  /** Newest first. */
  archived(db: Queryable, userId: string, limit: number) {
    return db
      .selectFrom("plans")
      .selectAll()
      .where("user_id", "=", userId)
      .where("status", "=", "archived")
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(limit)
      .execute();
  },

  async insert(db: Queryable, row: Insertable<PlansTable>) {
    await db.insertInto("plans").values(row).execute();
  },

  /** The owner's plan started under `key`, archived or not (a retry of its create). */
  byKey(db: Queryable, userId: string, key: string) {
    return db
      .selectFrom("plans")
      .selectAll()
      .where("user_id", "=", userId)
      .where("idempotency_key", "=", key)
      .executeTakeFirst();
  },

  /** Archives the person's active plan, if any; returns the archived row. */
  archiveActive(db: Queryable, userId: string, now: string) {
    return db
      .updateTable("plans")
      .set({ status: "archived", active_user_id: null, archived_at: now, updated_at: now })
      .where("active_user_id", "=", userId)
      .returningAll()
      .executeTakeFirst();
  },

  /**
   * Changes the plan only if it is still at `expectedVersion`, and moves it one version on: the
   * conditional update is the optimistic lock (undefined when the plan moved on meanwhile).
   */
  nextVersion(
    db: Queryable,
    userId: string,
    planId: string,
    expectedVersion: number,
    change: Updateable<PlansTable>,
  ) {
    return db
      .updateTable("plans")
      .set({ ...change, version: expectedVersion + 1 })
      .where("user_id", "=", userId)
      .where("id", "=", planId)
      .where("version", "=", expectedVersion)
      .returningAll()
      .executeTakeFirst();
  },

  /** Oldest first. */
  pauses(db: Queryable, planId: string) {
    return db
      .selectFrom("plan_pauses")
      .selectAll()
      .where("plan_id", "=", planId)
      .orderBy("from_date", "asc")
      .orderBy("created_at", "asc")
      .execute();
  },

  async insertPause(db: Queryable, row: Insertable<PlanPausesTable>) {
    await db.insertInto("plan_pauses").values(row).execute();
  },

  async updatePause(db: Queryable, pauseId: string, change: Updateable<PlanPausesTable>) {
    await db.updateTable("plan_pauses").set(change).where("id", "=", pauseId).execute();
  },

  async deletePause(db: Queryable, pauseId: string) {
    await db.deleteFrom("plan_pauses").where("id", "=", pauseId).execute();
  },

  /** Live items of a plan, oldest first. */
  items(db: Queryable, planId: string) {
    return db
      .selectFrom("plan_items")
      .selectAll()
      .where("plan_id", "=", planId)
      .where("deleted_at", "is", null)
      .orderBy("created_at", "asc")
      .orderBy("id", "asc")
      .execute();
  },

  item(db: Queryable, userId: string, planId: string, itemId: string) {
    return db
      .selectFrom("plan_items")
      .selectAll()
      .where("user_id", "=", userId)
      .where("plan_id", "=", planId)
      .where("id", "=", itemId)
      .where("deleted_at", "is", null)
      .executeTakeFirst();
  },

  async insertItem(db: Queryable, row: Insertable<PlanItemsTable>) {
    await db.insertInto("plan_items").values(row).execute();
  },

  async updateItem(db: Queryable, itemId: string, change: Updateable<PlanItemsTable>) {
    await db.updateTable("plan_items").set(change).where("id", "=", itemId).execute();
  },

  async insertVersion(db: Queryable, row: Insertable<PlanVersionsTable>) {
    await db.insertInto("plan_versions").values(row).execute();
  },

  /** Newest first, without snapshots. */
  versions(db: Queryable, userId: string, planId: string) {
    return db
      .selectFrom("plan_versions")
      .select(["version", "at", "change_kind", "summary", "reason", "proposed_by"])
      .where("user_id", "=", userId)
      .where("plan_id", "=", planId)
      .orderBy("version", "desc")
      .execute();
  },

  version(db: Queryable, userId: string, planId: string, version: number) {
    return db
      .selectFrom("plan_versions")
      .selectAll()
      .where("user_id", "=", userId)
      .where("plan_id", "=", planId)
      .where("version", "=", version)
      .executeTakeFirst();
  },

  exceptionsOf(db: Queryable, itemIds: readonly string[]) {
    if (itemIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom("plan_occurrence_exceptions")
      .selectAll()
      .where("item_id", "in", itemIds)
      .execute();
  },

  addedOf(db: Queryable, itemIds: readonly string[]) {
    if (itemIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom("plan_added_occurrences")
      .selectAll()
      .where("item_id", "in", itemIds)
      .execute();
  },

  /** One change per occurrence: a later change replaces the earlier one. */
  async upsertException(db: Queryable, row: Insertable<PlanOccurrenceExceptionsTable>) {
    await db
      .insertInto("plan_occurrence_exceptions")
      .values(row)
      .onConflict((conflict) =>
        conflict.columns(["item_id", "original_start"]).doUpdateSet({
          kind: row.kind,
          moved_to: row.moved_to ?? null,
          held_at: row.held_at ?? null,
          updated_at: row.updated_at,
        }),
      )
      .execute();
  },

  /** Whether a change was there to remove. */
  async deleteException(db: Queryable, itemId: string, originalStart: string) {
    const result = await db
      .deleteFrom("plan_occurrence_exceptions")
      .where("item_id", "=", itemId)
      .where("original_start", "=", originalStart)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },

  async countChanges(db: Queryable, itemId: string) {
    const exceptions = await db
      .selectFrom("plan_occurrence_exceptions")
      .select((eb) => eb.fn.countAll<number | string>().as("count"))
      .where("item_id", "=", itemId)
      .executeTakeFirstOrThrow();
    const added = await db
      .selectFrom("plan_added_occurrences")
      .select((eb) => eb.fn.countAll<number | string>().as("count"))
      .where("item_id", "=", itemId)
      .executeTakeFirstOrThrow();
    return Number(exceptions.count) + Number(added.count);
  },

  /** Inserts unless the item already has an added occurrence at that start (then false). */
  async insertAdded(db: Queryable, row: Insertable<PlanAddedOccurrencesTable>) {
    const result = await db
      .insertInto("plan_added_occurrences")
      .values(row)
      .onConflict((conflict) => conflict.columns(["item_id", "start"]).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  },
};

/** Goals: every query filters by user_id; deleted goals stay hidden. */
export const goalsRepository = {
  list(db: Queryable, userId: string) {
    return db
      .selectFrom("plan_goals")
      .selectAll()
      .where("user_id", "=", userId)
      .where("deleted_at", "is", null)
      .orderBy("created_at", "asc")
      .orderBy("id", "asc")
      .execute();
  },

  byId(db: Queryable, userId: string, goalId: string) {
    return db
      .selectFrom("plan_goals")
      .selectAll()
      .where("user_id", "=", userId)
      .where("id", "=", goalId)
      .where("deleted_at", "is", null)
      .executeTakeFirst();
  },

  async count(db: Queryable, userId: string) {
    const row = await db
      .selectFrom("plan_goals")
      .select((eb) => eb.fn.countAll<number | string>().as("count"))
      .where("user_id", "=", userId)
      .where("deleted_at", "is", null)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  },

  /** The owner's goal set under `key`, deleted ones too (a retry must not bring one back). */
  byKey(db: Queryable, userId: string, key: string) {
    return db
      .selectFrom("plan_goals")
      .selectAll()
      .where("user_id", "=", userId)
      .where("idempotency_key", "=", key)
      .executeTakeFirst();
  },

  async insert(db: Queryable, row: Insertable<PlanGoalsTable>) {
    await db.insertInto("plan_goals").values(row).execute();
  },

  /** Whether a live goal was changed. */
  async update(db: Queryable, userId: string, goalId: string, change: Updateable<PlanGoalsTable>) {
    const result = await db
      .updateTable("plan_goals")
      .set(change)
      .where("user_id", "=", userId)
      .where("id", "=", goalId)
      .where("deleted_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },
};
