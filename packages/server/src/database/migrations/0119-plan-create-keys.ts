import type { Kysely } from "kysely";

/**
 * Client idempotency keys on plans and goals, as 0118 gave packages: a retried create (a lost
 * answer, then the same request again) finds what was saved instead of adding a second. For a
 * plan that matters twice over: a second plan would also archive the first. Plans and goals
 * made before keys existed keep null, which a unique index never counts as a clash.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ["plans", "plan_goals"]) {
    await db.schema.alterTable(table).addColumn("idempotency_key", "text").execute();
    await db.schema
      .createIndex(`${table}_user_idempotency_key`)
      .on(table)
      .columns(["user_id", "idempotency_key"])
      .unique()
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["plans", "plan_goals"]) {
    await db.schema.dropIndex(`${table}_user_idempotency_key`).execute();
    await db.schema.alterTable(table).dropColumn("idempotency_key").execute();
  }
}
