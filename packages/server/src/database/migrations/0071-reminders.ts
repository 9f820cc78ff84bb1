import type { Kysely } from "kysely";
import { timestampType } from "../dialect.js";

/**
 * Reminders: each person's settings, their private calendar feed (the secret only hashed),
 * their push devices, and the server's VAPID key pair (made at first start).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const at = timestampType(db);
  await db.schema
    .createTable("reminder_settings")
    .addColumn("user_id", "text", (column) =>
      column.primaryKey().references("users.id").onDelete("cascade"),
    )
    .addColumn("settings", "text", (column) => column.notNull())
    .addColumn("updated_at", at, (column) => column.notNull())
    .execute();
  await db.schema
    .createTable("calendar_feeds")
    .addColumn("user_id", "text", (column) =>
      column.primaryKey().references("users.id").onDelete("cascade"),
    )
    .addColumn("token_hash", "text", (column) => column.notNull().unique())
    .addColumn("created_at", at, (column) => column.notNull())
    .addColumn("last_fetched_at", at)
    .addColumn("last_user_agent", "text")
    .execute();
  await db.schema
    .createTable("push_subscriptions")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("endpoint", "text", (column) => column.notNull().unique())
    .addColumn("p256dh", "text", (column) => column.notNull())
    .addColumn("auth", "text", (column) => column.notNull())
    .addColumn("label", "text", (column) => column.notNull())
    .addColumn("created_at", at, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("push_subscriptions_user")
    .on("push_subscriptions")
    .column("user_id")
    .execute();
  await db.schema
    .createTable("vapid_keys")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("public_key", "text", (column) => column.notNull())
    .addColumn("private_key", "text", (column) => column.notNull())
    .addColumn("created_at", at, (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["vapid_keys", "push_subscriptions", "calendar_feeds", "reminder_settings"]) {
    await db.schema.dropTable(table).execute();
  }
}
