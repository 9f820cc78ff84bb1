import type { Kysely } from "kysely";
import { timestampType } from "../dialect.js";

/** Questionnaire responses, skips and settings (patient-owned), and installed licensed texts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const timestamp = timestampType(db);

  await db.schema
    .createTable("questionnaire_responses")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("instrument_id", "text", (column) => column.notNull())
    .addColumn("instrument_version", "text", (column) => column.notNull())
    .addColumn("idempotency_key", "text", (column) => column.notNull())
    .addColumn("authored_at", timestamp, (column) => column.notNull())
    .addColumn("anchor_date", "text")
    .addColumn("answers_json", "text", (column) => column.notNull())
    .addColumn("score", "double precision", (column) => column.notNull())
    .addColumn("result_json", "text", (column) => column.notNull())
    .addUniqueConstraint("questionnaire_responses_idempotency", ["user_id", "idempotency_key"])
    .execute();
  await db.schema
    .createIndex("questionnaire_responses_user_authored")
    .on("questionnaire_responses")
    .columns(["user_id", "authored_at", "id"])
    .execute();
  await db.schema
    .createIndex("questionnaire_responses_user_instrument")
    .on("questionnaire_responses")
    .columns(["user_id", "instrument_id", "authored_at"])
    .execute();

  await db.schema
    .createTable("questionnaire_skips")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("instrument_id", "text", (column) => column.notNull())
    .addColumn("skipped_at", timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("questionnaire_skips_user_instrument")
    .on("questionnaire_skips")
    .columns(["user_id", "instrument_id", "skipped_at"])
    .execute();

  await db.schema
    .createTable("questionnaire_settings")
    .addColumn("user_id", "text", (column) =>
      column.primaryKey().references("users.id").onDelete("cascade"),
    )
    .addColumn("intervals_json", "text", (column) => column.notNull())
    .addColumn("pgic_anchor_date", "text")
    .addColumn("updated_at", timestamp, (column) => column.notNull())
    .execute();

  await db.schema
    .createTable("installed_instruments")
    .addColumn("instrument_id", "text", (column) => column.primaryKey())
    .addColumn("questionnaire_json", "text", (column) => column.notNull())
    .addColumn("installed_at", timestamp, (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "installed_instruments",
    "questionnaire_settings",
    "questionnaire_skips",
    "questionnaire_responses",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
