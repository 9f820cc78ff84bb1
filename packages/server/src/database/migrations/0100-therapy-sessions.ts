import { type Kysely, sql } from "kysely";
import { timestampType } from "../dialect.js";

/**
 * Sessions (issue 12): the therapy session log. One row per session a person had, planned (with
 * the plan item and the occurrence's original local start) or not; `entered_by` is who logged it
 * (the person, or a practitioner they allowed). Retries are idempotent: the client's key is
 * unique per owner. Deleting a session keeps the row (`deleted_at`) until the account is erased.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const timestamp = timestampType(db);
  await db.schema
    .createTable("therapy_sessions")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("entered_by", "text", (column) => column.notNull())
    .addColumn("idempotency_key", "text", (column) => column.notNull())
    .addColumn("started_at", timestamp, (column) => column.notNull())
    .addColumn("ended_at", timestamp, (column) => column.notNull())
    .addColumn("duration_minutes", "integer", (column) =>
      column.notNull().check(sql`duration_minutes between 1 and 480`),
    )
    .addColumn("time_zone", "text", (column) => column.notNull())
    .addColumn("local_date", "text", (column) => column.notNull())
    .addColumn("therapy_id", "text")
    .addColumn("custom_name", "text")
    .addColumn("plan_item_id", "text")
    .addColumn("occurrence_start", "text")
    .addColumn("practitioner", "text", (column) => column.notNull())
    .addColumn("techniques", "text", (column) => column.notNull())
    .addColumn("pressure", "text", (column) =>
      column.check(sql`pressure in ('light', 'medium', 'firm')`),
    )
    .addColumn("areas", "text", (column) => column.notNull())
    .addColumn("pain_before", "integer", (column) =>
      column.check(sql`pain_before between 0 and 10`),
    )
    .addColumn("pain_after", "integer", (column) => column.check(sql`pain_after between 0 and 10`))
    .addColumn("region_pain", "text")
    .addColumn("how_it_felt", "text", (column) => column.notNull())
    .addColumn("side_effects", "text", (column) => column.notNull())
    .addColumn("side_effect_note", "text", (column) => column.notNull())
    .addColumn("safety_check_id", "text")
    .addColumn("created_at", timestamp, (column) => column.notNull())
    .addColumn("updated_at", timestamp, (column) => column.notNull())
    .addColumn("deleted_at", timestamp)
    .addCheckConstraint(
      "therapy_sessions_therapy_or_name",
      sql`(therapy_id is null) <> (custom_name is null)`,
    )
    .addUniqueConstraint("therapy_sessions_owner_key", ["user_id", "idempotency_key"])
    .execute();
  await db.schema
    .createIndex("therapy_sessions_user_started_at")
    .on("therapy_sessions")
    .columns(["user_id", "started_at", "id"])
    .execute();
  // One live session per planned occurrence: a second log of it is a 409, not a duplicate.
  await db.schema
    .createIndex("therapy_sessions_user_occurrence")
    .on("therapy_sessions")
    .columns(["user_id", "plan_item_id", "occurrence_start"])
    .unique()
    .where(sql.ref("deleted_at"), "is", null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("therapy_sessions").execute();
}
