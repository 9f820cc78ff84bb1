import type { Kysely } from "kysely";

/**
 * The practice log's client idempotency key: a retry of one practice (a lost answer, then the
 * device sends it again) finds the entry already saved instead of adding a second. Entries
 * logged before the key existed keep null, which a unique index never counts as a clash.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("practice_log").addColumn("idempotency_key", "text").execute();
  await db.schema
    .createIndex("practice_log_user_idempotency_key")
    .on("practice_log")
    .columns(["user_id", "idempotency_key"])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("practice_log_user_idempotency_key").execute();
  await db.schema.alterTable("practice_log").dropColumn("idempotency_key").execute();
}
