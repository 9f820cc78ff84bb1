import type { Kysely } from "kysely";

/**
 * The client idempotency key on prepaid packages, as 0117 gave claims and estimates: a retried
 * create (a lost answer, then the same request again) finds the package already saved instead
 * of adding a second, which would double the person's spending. Packages bought before keys
 * existed keep null, which a unique index never counts as a clash.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("cost_packages").addColumn("idempotency_key", "text").execute();
  await db.schema
    .createIndex("cost_packages_user_idempotency_key")
    .on("cost_packages")
    .columns(["user_id", "idempotency_key"])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("cost_packages_user_idempotency_key").execute();
  await db.schema.alterTable("cost_packages").dropColumn("idempotency_key").execute();
}
