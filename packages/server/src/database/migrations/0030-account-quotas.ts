import type { Kysely } from "kysely";

/**
 * Per-account quota counters (core `account-quotas.ts`): one row per account and quota, the
 * current fixed window's label and how much of it is used. Reused window after window, so the
 * table holds at most (accounts × quotas) rows; erased with the account.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("account_quotas")
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("quota", "text", (column) => column.notNull())
    .addColumn("window_label", "text", (column) => column.notNull())
    .addColumn("used", "integer", (column) => column.notNull())
    .addPrimaryKeyConstraint("account_quotas_pkey", ["user_id", "quota"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("account_quotas").execute();
}
