import type { Kysely } from "kysely";
import { timestampType } from "../dialect.js";

/**
 * Device cookies (docs/security.md, "Lockout"): a browser that signed in to an account may keep
 * signing in while the account is locked for strangers. Only the token's SHA-256 is stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const timestamp = timestampType(db);
  await db.schema
    .createTable("trusted_devices")
    .addColumn("token_hash", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("created_at", timestamp, (column) => column.notNull())
    .addColumn("expires_at", timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("trusted_devices_user_id")
    .on("trusted_devices")
    .column("user_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("trusted_devices").execute();
}
