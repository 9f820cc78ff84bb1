import { type Kysely, sql } from "kysely";
import { timestampType } from "../dialect.js";

/** Scores and the recall period stored with each (see core/diary/recall-periods.ts). */
const ratingColumns = [
  { name: "intensity_now", isRequired: true },
  { name: "average_intensity", isRequired: false },
  { name: "worst_intensity", isRequired: false },
  { name: "sleep_interference", isRequired: false },
  { name: "mood", isRequired: false },
] as const;
const recallPeriods = ["now", "last-24h", "last-night"];

export async function up(db: Kysely<unknown>): Promise<void> {
  const timestamp = timestampType(db);

  // One row per person; the lists are JSON text checked against the contract's schemas on read.
  await db.schema
    .createTable("pain_profiles")
    .addColumn("user_id", "text", (column) =>
      column.primaryKey().references("users.id").onDelete("cascade"),
    )
    .addColumn("causes", "text", (column) => column.notNull())
    .addColumn("medications", "text", (column) => column.notNull())
    .addColumn("other_treatments", "text", (column) => column.notNull())
    .addColumn("regions", "text", (column) => column.notNull())
    .addColumn("updated_at", timestamp, (column) => column.notNull())
    .execute();

  let entries = db.schema
    .createTable("pain_entries")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("idempotency_key", "text", (column) => column.notNull())
    .addColumn("recorded_at", timestamp, (column) => column.notNull())
    .addColumn("time_zone", "text", (column) => column.notNull())
    .addColumn("local_date", "text", (column) => column.notNull())
    .addColumn("local_time", "text", (column) => column.notNull());
  for (const { name, isRequired } of ratingColumns) {
    entries = entries
      .addColumn(name, "integer", (column) => {
        const ranged = column.check(sql`${sql.ref(name)} between 0 and 10`);
        return isRequired ? ranged.notNull() : ranged;
      })
      .addColumn(`${name}_recall`, "text", (column) => {
        const checked = column.check(sqlIn(`${name}_recall`, recallPeriods));
        return isRequired ? checked.notNull() : checked;
      });
  }
  await entries
    .addColumn("regions", "text", (column) => column.notNull())
    .addColumn("activity_note", "text", (column) => column.notNull())
    .addColumn("triggers", "text", (column) => column.notNull())
    .addColumn("helpers", "text", (column) => column.notNull())
    .addColumn("notes", "text", (column) => column.notNull())
    .addColumn("origin", "text", (column) =>
      column.notNull().check(sqlIn("origin", ["entry", "quick-log", "stable-day"])),
    )
    // 1 when created, +1 with each edit or deletion: orders the history, whatever the clock says.
    .addColumn("version", "integer", (column) => column.notNull())
    .addColumn("created_at", timestamp, (column) => column.notNull())
    .addColumn("updated_at", timestamp, (column) => column.notNull())
    .addColumn("deleted_at", timestamp)
    .execute();
  // A retried create finds its entry instead of adding a second one.
  await db.schema
    .createIndex("pain_entries_user_idempotency_key")
    .on("pain_entries")
    .columns(["user_id", "idempotency_key"])
    .unique()
    .execute();
  // Lists and "the last entry" order by (recorded_at, id): with id in the index they read in
  // index order and stop at the limit, instead of sorting every entry the person has.
  await db.schema
    .createIndex("pain_entries_user_recorded_at")
    .on("pain_entries")
    .columns(["user_id", "recorded_at", "id"])
    .execute();
  await db.schema
    .createIndex("pain_entries_user_local_date")
    .on("pain_entries")
    .columns(["user_id", "local_date"])
    .execute();

  // Edits and deletions of pain entries: who, when, what changed (JSON list of field changes).
  await db.schema
    .createTable("pain_entry_changes")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("entry_id", "text", (column) =>
      column.notNull().references("pain_entries.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("version", "integer", (column) => column.notNull())
    .addColumn("at", timestamp, (column) => column.notNull())
    .addColumn("actor_id", "text", (column) => column.notNull())
    .addColumn("action", "text", (column) =>
      column.notNull().check(sqlIn("action", ["updated", "deleted"])),
    )
    .addColumn("changes", "text", (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("pain_entry_changes_entry_version")
    .on("pain_entry_changes")
    .columns(["entry_id", "version"])
    .unique()
    .execute();
  await db.schema
    .createIndex("pain_entry_changes_user_id")
    .on("pain_entry_changes")
    .column("user_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["pain_entry_changes", "pain_entries", "pain_profiles"]) {
    await db.schema.dropTable(table).execute();
  }
}

function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}
