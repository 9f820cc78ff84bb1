import type { Kysely } from "kysely";
import { timestampType } from "../dialect.js";

/**
 * The durable job queue (server/src/jobs): scheduled work that survives a restart and runs once
 * across instances. The payload holds ids only, never health text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("jobs")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("kind", "text", (column) => column.notNull())
    .addColumn("dedupe_key", "text", (column) => column.notNull().unique())
    // The person a job is for, if any: erasing the account removes their jobs with it.
    .addColumn("user_id", "text", (column) => column.references("users.id").onDelete("cascade"))
    .addColumn("run_at", timestampType(db), (column) => column.notNull())
    .addColumn("payload", "text", (column) => column.notNull())
    .addColumn("attempts", "integer", (column) => column.notNull().defaultTo(0))
    .addColumn("locked_by", "text")
    .addColumn("locked_until", timestampType(db))
    .addColumn("done_at", timestampType(db))
    .addColumn("outcome", "text")
    .addColumn("created_at", timestampType(db), (column) => column.notNull())
    .execute();
  await db.schema.createIndex("jobs_due").on("jobs").columns(["done_at", "run_at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("jobs").execute();
}
