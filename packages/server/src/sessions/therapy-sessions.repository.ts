import type { Insertable, Kysely, Updateable } from "kysely";
import type { Tables } from "../database/tables.js";
import type { FollowUpDueAfter } from "@painplan/core";
import type { SessionFollowUpsTable, TherapySessionsTable } from "./sessions.tables.js";

/** The database or a transaction: repository functions run in either. */
export type Queryable = Kysely<Tables>;

/** Where a page of sessions (newest first) ended. */
export type SessionPosition = { startedAt: string; id: string };

/**
 * Therapy sessions and their follow-ups. Every query filters by user_id: an id alone never
 * reaches another person's session.
 */
export const therapySessionsRepository = {
  /** Inserts unless the owner already used the key (then undefined). */
  insertOnce(db: Queryable, row: Insertable<TherapySessionsTable>) {
    return db
      .insertInto("therapy_sessions")
      .values(row)
      .onConflict((conflict) => conflict.columns(["user_id", "idempotency_key"]).doNothing())
      .returningAll()
      .executeTakeFirst();
  },

  /** Deleted ones too: a retry of a deleted session must not log it again. */
  byIdempotencyKey(db: Queryable, userId: string, key: string) {
    return db
      .selectFrom("therapy_sessions")
      .selectAll()
      .where("user_id", "=", userId)
      .where("idempotency_key", "=", key)
      .executeTakeFirst();
  },

  /** A live session. */
  byId(db: Queryable, userId: string, id: string) {
    return db
      .selectFrom("therapy_sessions")
      .selectAll()
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .where("deleted_at", "is", null)
      .executeTakeFirst();
  },

  /** The live session logged for one planned occurrence, if any. */
  byOccurrence(db: Queryable, userId: string, itemId: string, occurrenceStart: string) {
    return db
      .selectFrom("therapy_sessions")
      .selectAll()
      .where("user_id", "=", userId)
      .where("plan_item_id", "=", itemId)
      .where("occurrence_start", "=", occurrenceStart)
      .where("deleted_at", "is", null)
      .executeTakeFirst();
  },

  /** The planned occurrences (item, original start) with a live session started in a window. */
  loggedOccurrences(db: Queryable, userId: string, fromIso: string, toIso: string) {
    return db
      .selectFrom("therapy_sessions")
      .select(["plan_item_id", "occurrence_start"])
      .where("user_id", "=", userId)
      .where("plan_item_id", "is not", null)
      .where("deleted_at", "is", null)
      .where("started_at", ">=", fromIso)
      .where("started_at", "<", toIso)
      .execute();
  },

  /** Newest first, `limit` rows after `after`. */
  page(
    db: Queryable,
    userId: string,
    options: { limit: number; after?: SessionPosition | undefined; from?: string; to?: string },
  ) {
    let query = db
      .selectFrom("therapy_sessions")
      .selectAll()
      .where("user_id", "=", userId)
      .where("deleted_at", "is", null);
    if (options.from !== undefined) query = query.where("started_at", ">=", options.from);
    if (options.to !== undefined) query = query.where("started_at", "<", options.to);
    const after = options.after;
    if (after !== undefined) {
      query = query.where((eb) =>
        eb.or([
          eb("started_at", "<", after.startedAt),
          eb.and([eb("started_at", "=", after.startedAt), eb("id", "<", after.id)]),
        ]),
      );
    }
    return query.orderBy("started_at", "desc").orderBy("id", "desc").limit(options.limit).execute();
  },

  /** Oldest first, by the session's local day (inclusive bounds). */
  forExport(db: Queryable, userId: string, range: { fromDate?: string; toDate?: string }) {
    let query = db
      .selectFrom("therapy_sessions")
      .selectAll()
      .where("user_id", "=", userId)
      .where("deleted_at", "is", null);
    if (range.fromDate !== undefined) query = query.where("local_date", ">=", range.fromDate);
    if (range.toDate !== undefined) query = query.where("local_date", "<=", range.toDate);
    return query.orderBy("started_at", "asc").orderBy("id", "asc").execute();
  },

  update(db: Queryable, userId: string, id: string, change: Updateable<TherapySessionsTable>) {
    return db
      .updateTable("therapy_sessions")
      .set(change)
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .where("deleted_at", "is", null)
      .returningAll()
      .executeTakeFirst();
  },

  async insertFollowUps(db: Queryable, rows: Insertable<SessionFollowUpsTable>[]) {
    await db.insertInto("session_follow_ups").values(rows).execute();
  },

  followUpsOf(db: Queryable, userId: string, sessionIds: readonly string[]) {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom("session_follow_ups")
      .selectAll()
      .where("user_id", "=", userId)
      .where("session_id", "in", sessionIds)
      .orderBy("due_at", "asc")
      .execute();
  },

  /** One follow-up of a live session of the owner's. */
  followUp(db: Queryable, userId: string, sessionId: string, dueAfter: FollowUpDueAfter) {
    return db
      .selectFrom("session_follow_ups")
      .innerJoin("therapy_sessions", "therapy_sessions.id", "session_follow_ups.session_id")
      .selectAll("session_follow_ups")
      .where("session_follow_ups.user_id", "=", userId)
      .where("session_follow_ups.session_id", "=", sessionId)
      .where("session_follow_ups.due_after", "=", dueAfter)
      .where("therapy_sessions.deleted_at", "is", null)
      .executeTakeFirst();
  },

  /** Sets the answer unless there is one already; whether it was set. */
  async answer(
    db: Queryable,
    userId: string,
    key: { sessionId: string; dueAfter: FollowUpDueAfter },
    answer: { pain_now: number; compared_with_before: string; note: string; answered_at: string },
  ) {
    const result = await db
      .updateTable("session_follow_ups")
      .set(answer as Updateable<SessionFollowUpsTable>)
      .where("user_id", "=", userId)
      .where("session_id", "=", key.sessionId)
      .where("due_after", "=", key.dueAfter)
      .where("answered_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  /** Moves the unanswered follow-ups of a session (its end changed). */
  async moveUnanswered(
    db: Queryable,
    userId: string,
    sessionId: string,
    dueAtOf: (dueAfter: FollowUpDueAfter) => string,
  ) {
    for (const dueAfter of ["24h", "48h"] as const) {
      await db
        .updateTable("session_follow_ups")
        .set({ due_at: dueAtOf(dueAfter) })
        .where("user_id", "=", userId)
        .where("session_id", "=", sessionId)
        .where("due_after", "=", dueAfter)
        .where("answered_at", "is", null)
        .execute();
    }
  },

  /** Unanswered follow-ups of live sessions due in [since, now], oldest first, with the session. */
  due(db: Queryable, userId: string, window: { since: string; now: string }) {
    return db
      .selectFrom("session_follow_ups")
      .innerJoin("therapy_sessions", "therapy_sessions.id", "session_follow_ups.session_id")
      .select([
        "session_follow_ups.session_id",
        "session_follow_ups.due_after",
        "session_follow_ups.due_at",
        "therapy_sessions.therapy_id",
        "therapy_sessions.custom_name",
        "therapy_sessions.started_at",
        "therapy_sessions.pain_before",
      ])
      .where("session_follow_ups.user_id", "=", userId)
      .where("session_follow_ups.answered_at", "is", null)
      .where("session_follow_ups.due_at", ">=", window.since)
      .where("session_follow_ups.due_at", "<=", window.now)
      .where("therapy_sessions.deleted_at", "is", null)
      .orderBy("session_follow_ups.due_at", "asc")
      .execute();
  },

  lastChargeOfItem: (db: Queryable, userId: string, itemId: string) =>
    lastChargeOfItem(db, userId, itemId),
};

/** The charge of the owner's latest live session of a plan item (the log form's usual price). */
export function lastChargeOfItem(db: Queryable, userId: string, itemId: string) {
  return db
    .selectFrom("session_charges")
    .innerJoin("therapy_sessions", "therapy_sessions.id", "session_charges.session_id")
    .select(["session_charges.amount_minor", "session_charges.currency"])
    .where("therapy_sessions.user_id", "=", userId)
    .where("session_charges.user_id", "=", userId)
    .where("therapy_sessions.plan_item_id", "=", itemId)
    .where("therapy_sessions.deleted_at", "is", null)
    .orderBy("therapy_sessions.started_at", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Whether the owner has this pre-session safety check (the safety area's `pre_session_checks`). */
export async function hasPreSessionCheck(db: Queryable, userId: string, checkId: string) {
  const row = await db
    .selectFrom("pre_session_checks")
    .select("id")
    .where("user_id", "=", userId)
    .where("id", "=", checkId)
    .executeTakeFirst();
  return row !== undefined;
}
