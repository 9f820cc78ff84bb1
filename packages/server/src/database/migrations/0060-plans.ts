import { type Kysely, sql } from "kysely";
import { timestampType } from "../dialect.js";

/**
 * The treatment plan (issue 11): plans, their pauses, items, versions, per-occurrence exceptions,
 * added occurrences and goals. Portable SQL for SQLite and PostgreSQL; lists and schedules are
 * JSON text checked against the contract's schemas when read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const timestamp = timestampType(db);

  // One active plan per person: `active_user_id` holds the owner while the plan is active and is
  // null once archived; a unique column allows many nulls on both databases (a portable partial
  // unique index).
  await db.schema
    .createTable("plans")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("active_user_id", "text", (column) => column.unique())
    .addColumn("status", "text", (column) =>
      column.notNull().check(sqlIn("status", ["active", "archived"])),
    )
    .addColumn("title", "text", (column) => column.notNull())
    .addColumn("start_date", "text", (column) => column.notNull())
    .addColumn("review_date", "text")
    .addColumn("made_with", "text", (column) => column.notNull())
    // 1 when created, +1 with every change to the plan or one of its items (optimistic locking).
    .addColumn("version", "integer", (column) => column.notNull().check(sql`version > 0`))
    .addColumn("created_at", timestamp, (column) => column.notNull())
    .addColumn("updated_at", timestamp, (column) => column.notNull())
    .addColumn("archived_at", timestamp)
    .addCheckConstraint(
      "plans_active_owner",
      sql`active_user_id is null or active_user_id = user_id`,
    )
    .execute();
  await db.schema
    .createIndex("plans_user_created_at")
    .on("plans")
    .columns(["user_id", "created_at"])
    .execute();

  // A pause for a flare: occurrences on these local days (inclusive) are suspended, not deleted.
  await db.schema
    .createTable("plan_pauses")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("plan_id", "text", (column) =>
      column.notNull().references("plans.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("from_date", "text", (column) => column.notNull())
    .addColumn("until_date", "text", (column) => column.notNull())
    .addColumn("reason", "text", (column) => column.notNull())
    .addColumn("created_at", timestamp, (column) => column.notNull())
    .addColumn("resumed_at", timestamp)
    .addCheckConstraint("plan_pauses_order", sql`from_date <= until_date`)
    .execute();
  await db.schema.createIndex("plan_pauses_plan").on("plan_pauses").column("plan_id").execute();

  await db.schema
    .createTable("plan_items")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("plan_id", "text", (column) =>
      column.notNull().references("plans.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("therapy_id", "text")
    .addColumn("custom_name", "text")
    .addColumn("practitioner", "text", (column) => column.notNull())
    .addColumn("schedule", "text", (column) => column.notNull())
    .addColumn("pressure", "text", (column) =>
      column.check(sqlIn("pressure", ["light", "medium", "firm"])),
    )
    .addColumn("focus_areas", "text", (column) => column.notNull())
    .addColumn("avoid_areas", "text", (column) => column.notNull())
    .addColumn("notes", "text", (column) => column.notNull())
    // The safety verdict when last saved and the instructions kept with it (JSON list).
    .addColumn("safety_level", "text", (column) => column.notNull())
    .addColumn("safety_instructions", "text", (column) => column.notNull())
    // Who cleared an "avoid" verdict (free text) and when (local date the person gave).
    .addColumn("cleared_by", "text")
    .addColumn("cleared_at", "text")
    .addColumn("created_at", timestamp, (column) => column.notNull())
    .addColumn("updated_at", timestamp, (column) => column.notNull())
    .addColumn("deleted_at", timestamp)
    .addCheckConstraint(
      "plan_items_therapy_or_name",
      sql`therapy_id is not null or custom_name is not null`,
    )
    .execute();
  await db.schema.createIndex("plan_items_plan").on("plan_items").column("plan_id").execute();
  await db.schema.createIndex("plan_items_user").on("plan_items").column("user_id").execute();

  // Every change to a plan: what changed, why, who proposed it, and the plan as it then was.
  await db.schema
    .createTable("plan_versions")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("plan_id", "text", (column) =>
      column.notNull().references("plans.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("version", "integer", (column) => column.notNull())
    .addColumn("at", timestamp, (column) => column.notNull())
    .addColumn("actor_id", "text", (column) => column.notNull())
    .addColumn("change_kind", "text", (column) => column.notNull())
    .addColumn("summary", "text", (column) => column.notNull())
    .addColumn("reason", "text", (column) => column.notNull())
    .addColumn("proposed_by", "text", (column) => column.notNull())
    .addColumn("snapshot", "text", (column) => column.notNull())
    .addUniqueConstraint("plan_versions_plan_version", ["plan_id", "version"])
    .execute();

  // Per-occurrence changes, keyed by the occurrence's original local start (RECURRENCE-ID).
  await db.schema
    .createTable("plan_occurrence_exceptions")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("item_id", "text", (column) =>
      column.notNull().references("plan_items.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("original_start", "text", (column) => column.notNull())
    .addColumn("kind", "text", (column) =>
      column.notNull().check(sqlIn("kind", ["moved", "cancelled", "held"])),
    )
    .addColumn("moved_to", "text")
    .addColumn("held_at", timestamp)
    .addColumn("updated_at", timestamp, (column) => column.notNull())
    .addUniqueConstraint("plan_occurrence_exceptions_item_start", ["item_id", "original_start"])
    .execute();

  await db.schema
    .createTable("plan_added_occurrences")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("item_id", "text", (column) =>
      column.notNull().references("plan_items.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("start", "text", (column) => column.notNull())
    .addColumn("duration_minutes", "integer", (column) =>
      column.notNull().check(sql`duration_minutes between 1 and 480`),
    )
    .addColumn("created_at", timestamp, (column) => column.notNull())
    .addUniqueConstraint("plan_added_occurrences_item_start", ["item_id", "start"])
    .execute();

  await db.schema
    .createTable("plan_goals")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("plan_id", "text", (column) => column.references("plans.id").onDelete("set null"))
    .addColumn("kind", "text", (column) => column.notNull())
    // The goal as the contract describes it (JSON), checked when read.
    .addColumn("definition", "text", (column) => column.notNull())
    .addColumn("created_at", timestamp, (column) => column.notNull())
    .addColumn("updated_at", timestamp, (column) => column.notNull())
    .addColumn("deleted_at", timestamp)
    .execute();
  await db.schema.createIndex("plan_goals_user").on("plan_goals").column("user_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "plan_goals",
    "plan_added_occurrences",
    "plan_occurrence_exceptions",
    "plan_versions",
    "plan_items",
    "plan_pauses",
    "plans",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}
