import { sql, type Kysely } from "kysely";
import { preparedQuery } from "../database/prepared-query.js";
import type { Tables } from "../database/tables.js";
import type { AccountQuotaName } from "./account-quotas.tables.js";

/** Every new diary entry runs this (and PostgreSQL's request count): built and compiled once. */
const countUse = preparedQuery(
  4,
  (db, userId: string, quota: AccountQuotaName, windowLabel: string, uses: number) =>
    db
      .insertInto("account_quotas")
      .values({ user_id: userId, quota, window_label: windowLabel, used: uses })
      .onConflict((conflict) =>
        conflict.columns(["user_id", "quota"]).doUpdateSet({
          used: sql<number>`case when ${sql<boolean>`account_quotas.window_label = excluded.window_label`} then account_quotas.used + excluded.used else excluded.used end`,
          window_label: sql<string>`excluded.window_label`,
        }),
      )
      .returning("used"),
);

/**
 * Counts `uses` (default 1) in a single statement (insert, or on conflict add them; a row still
 * holding an older window restarts at `uses`) and returns the count including it. Atomic on both databases, so
 * app instances sharing a PostgreSQL database share one count.
 */
export async function countQuotaUse(
  db: Kysely<Tables>,
  userId: string,
  quota: AccountQuotaName,
  windowLabel: string,
  uses = 1,
): Promise<number> {
  const [row] = (await countUse(db, userId, quota, windowLabel, uses)).rows;
  if (row === undefined) throw new Error("the quota count returned no row");
  return row.used;
}

/**
 * `countQuotaUse` for the per-minute request count on PostgreSQL (`uses` requests at once, see
 * `sharedRequestCounter`), run inside its own write job:
 * the job's commit does not wait for the WAL flush (`synchronous_commit = off` for this
 * transaction only): a count lost in a crash costs nothing, and every request would otherwise
 * wait for a disk flush. (On SQLite requests are counted in memory: `account-quotas.service.ts`.)
 */
export async function countRequests(
  trx: Kysely<Tables>,
  userId: string,
  windowLabel: string,
  uses: number,
): Promise<number> {
  await sql`set local synchronous_commit = off`.execute(trx);
  return countQuotaUse(trx, userId, "requests-per-minute", windowLabel, uses);
}
