import { type Kysely, sql } from "kysely";
import { timestampType } from "../dialect.js";

/**
 * Why a planned session was missed (issue 12): one optional reason per occurrence of an item, by
 * its original local start (the calendar's key), with who entered it. Whether a session *is*
 * missed is not stored: core's adherence rules judge it from the plan at read time, so a session
 * logged late stops being missed and its reason is then ignored. `user_id` and `item_id` cascade,
 * so erasing the account or the item removes the reasons.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const timestamp = timestampType(db);
  await db.schema
    .createTable("plan_missed_reasons")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("item_id", "text", (column) =>
      column.notNull().references("plan_items.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("original_start", "text", (column) => column.notNull())
    .addColumn("reason", "text", (column) =>
      column
        .notNull()
        .check(sql`reason in ('flare', 'cost', 'therapist-cancelled', 'forgot', 'other')`),
    )
    .addColumn("note", "text", (column) => column.notNull())
    .addColumn("entered_by", "text", (column) => column.notNull())
    .addColumn("entered_at", timestamp, (column) => column.notNull())
    .addUniqueConstraint("plan_missed_reasons_item_start", ["item_id", "original_start"])
    .execute();
  await db.schema
    .createIndex("plan_missed_reasons_user")
    .on("plan_missed_reasons")
    .column("user_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("plan_missed_reasons").execute();
}
