import type { Kysely } from "kysely";
import { timestampType } from "../dialect.js";

/**
 * The audit of erasures: only that an account was erased, and when. No user id, name or email:
 * everything of the person is gone, this included (docs/security.md, "Erasure").
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("account_erasures")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("erased_at", timestampType(db), (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("account_erasures").execute();
}
