import type { Insertable, Kysely, Updateable } from "kysely";
import { preparedQuery } from "../database/prepared-query.js";
import type { Tables } from "../database/tables.js";
import type { PainEntriesTable, PainEntryChangesTable } from "./diary.tables.js";
import type { NewEntryRow, PainEntryRow } from "./pain-entry-rows.js";

/** The database or a transaction: repository functions run in either. */
export type Queryable = Kysely<Tables>;

export type EntryFilter = {
  userId: string;
  from?: string | undefined;
  to?: string | undefined;
  fromDate?: string | undefined;
  toDate?: string | undefined;
};

export type EntryPosition = { recordedAt: string; id: string };

/**
 * Instants as stored (ISO with milliseconds and "Z"): SQLite compares them as text, so
 * "…T10:00:00Z" or "…T12:00:00+02:00" must be rewritten before they are compared.
 */
const asStored = (instant: string) => new Date(instant).toISOString();

function liveEntries(db: Queryable, filter: EntryFilter) {
  let query = db
    .selectFrom("pain_entries")
    .selectAll()
    .where("user_id", "=", filter.userId)
    .where("deleted_at", "is", null);
  if (filter.from !== undefined) query = query.where("recorded_at", ">=", asStored(filter.from));
  if (filter.to !== undefined) query = query.where("recorded_at", "<", asStored(filter.to));
  if (filter.fromDate !== undefined) query = query.where("local_date", ">=", filter.fromDate);
  if (filter.toDate !== undefined) query = query.where("local_date", "<=", filter.toDate);
  return query;
}

/** Every quick log and stable day runs this: built and compiled once. */
const latestLiveEntryUpTo = preparedQuery(2, (db, userId: string, instant: string) =>
  db
    .selectFrom("pain_entries")
    .selectAll()
    .where("user_id", "=", userId)
    .where("deleted_at", "is", null)
    .where("recorded_at", "<=", instant)
    .orderBy("recorded_at", "desc")
    .orderBy("id", "desc")
    .limit(1),
);
/** Every column of a new entry, in the order the prepared insert binds them. */
const entryColumns = [
  "id",
  "user_id",
  "idempotency_key",
  "recorded_at",
  "time_zone",
  "local_date",
  "local_time",
  "intensity_now",
  "intensity_now_recall",
  "average_intensity",
  "average_intensity_recall",
  "worst_intensity",
  "worst_intensity_recall",
  "sleep_interference",
  "sleep_interference_recall",
  "mood",
  "mood_recall",
  "regions",
  "activity_note",
  "triggers",
  "helpers",
  "notes",
  "origin",
  "version",
  "created_at",
  "updated_at",
  "deleted_at",
] as const satisfies readonly (keyof PainEntriesTable)[];

// A column added to the table and not to the list fails to compile here.
export const everyEntryColumnListed: Exclude<
  keyof PainEntriesTable,
  (typeof entryColumns)[number]
> extends never
  ? true
  : never = true;

/**
 * Every entry creation (quick log above all) runs this: built and compiled once, as building a
 * 27-column insert each time cost more than running it (bench/).
 */
const insertEntryOnce = preparedQuery(entryColumns.length, (db, ...values: unknown[]) =>
  db
    .insertInto("pain_entries")
    .values(
      Object.fromEntries(
        entryColumns.map((column, index) => [column, values[index]]),
      ) as NewEntryRow,
    )
    .onConflict((conflict) => conflict.columns(["user_id", "idempotency_key"]).doNothing())
    .returningAll(),
);

/** Oldest first (time, then id), strictly after a position: the export's keyset order. */
function oldestFirstAfter(query: ReturnType<typeof liveEntries>, after: EntryPosition | undefined) {
  const ordered = query.orderBy("recorded_at", "asc").orderBy("id", "asc");
  if (after === undefined) return ordered;
  return ordered.where((eb) =>
    eb.or([
      eb("recorded_at", ">", after.recordedAt),
      eb.and([eb("recorded_at", "=", after.recordedAt), eb("id", ">", after.id)]),
    ]),
  );
}

/** Every query filters by user_id: an entry id alone never reaches another person's entry. */
export const painEntriesRepository = {
  /** Inserts unless the person already has an entry with this idempotency key. */
  async insertOnce(db: Queryable, row: NewEntryRow): Promise<PainEntryRow | undefined> {
    const [inserted] = (await insertEntryOnce(db, ...entryColumns.map((column) => row[column])))
      .rows;
    return inserted;
  },

  byIdempotencyKey(db: Queryable, userId: string, key: string) {
    return db
      .selectFrom("pain_entries")
      .selectAll()
      .where("user_id", "=", userId)
      .where("idempotency_key", "=", key)
      .executeTakeFirst();
  },

  /** Deleted entries too: their history stays readable. */
  byId(db: Queryable, userId: string, id: string) {
    return db
      .selectFrom("pain_entries")
      .selectAll()
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
  },

  /** The latest entry at or before an instant (what a quick log or stable day copies). */
  async latestUpTo(db: Queryable, userId: string, instant: string) {
    const [row] = (await latestLiveEntryUpTo(db, userId, asStored(instant))).rows;
    return row;
  },

  /** Newest first, `limit` entries strictly after `after` in that order. */
  page(db: Queryable, filter: EntryFilter, after: EntryPosition | undefined, limit: number) {
    let query = liveEntries(db, filter);
    if (after !== undefined) {
      query = query.where((eb) =>
        eb.or([
          eb("recorded_at", "<", after.recordedAt),
          eb.and([eb("recorded_at", "=", after.recordedAt), eb("id", "<", after.id)]),
        ]),
      );
    }
    return query.orderBy("recorded_at", "desc").orderBy("id", "desc").limit(limit).execute();
  },

  /** Oldest first, `limit` entries strictly after `after` in that order: a page of an export. */
  exportPage(
    db: Queryable,
    filter: EntryFilter,
    after: EntryPosition | undefined,
    limit: number,
  ): Promise<PainEntryRow[]> {
    return oldestFirstAfter(liveEntries(db, filter), after).limit(limit).execute();
  },

  /** Like `exportPage`, only each entry's position and body regions (JSON text). */
  regionListsPage(
    db: Queryable,
    filter: EntryFilter,
    after: EntryPosition | undefined,
    limit: number,
  ) {
    return oldestFirstAfter(liveEntries(db, filter), after)
      .clearSelect()
      .select(["id", "recorded_at", "regions"])
      .limit(limit)
      .execute();
  },

  /** Tag lists of entries that have any, newest first. */
  tagLists(db: Queryable, userId: string) {
    return db
      .selectFrom("pain_entries")
      .select(["triggers", "helpers"])
      .where("user_id", "=", userId)
      .where("deleted_at", "is", null)
      .where((eb) => eb.or([eb("triggers", "!=", "[]"), eb("helpers", "!=", "[]")]))
      .orderBy("recorded_at", "desc")
      .execute();
  },

  async update(db: Queryable, userId: string, id: string, changes: Updateable<PainEntriesTable>) {
    return db
      .updateTable("pain_entries")
      .set(changes)
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async insertChange(db: Queryable, change: Insertable<PainEntryChangesTable>): Promise<void> {
    await db.insertInto("pain_entry_changes").values(change).execute();
  },

  changesOf(db: Queryable, userId: string, entryId: string) {
    return db
      .selectFrom("pain_entry_changes")
      .selectAll()
      .where("user_id", "=", userId)
      .where("entry_id", "=", entryId)
      .orderBy("version", "asc")
      .execute();
  },
};
