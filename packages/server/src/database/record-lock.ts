import { sql, type Kysely } from "kysely";
import { dialectOf } from "./dialect.js";
import type { Tables } from "./tables.js";

/**
 * Makes writes to one record wait for each other: call it first in a transaction that reads a
 * record and then writes what follows from it (the next version number, "is it still due?").
 * `key` names the record, e.g. `pain-entry:<id>`. PostgreSQL: a transaction-scoped advisory lock
 * (`pg_advisory_xact_lock` on a 64-bit hash of the key), released at commit or rollback, and
 * shared by every app instance. SQLite: nothing to do, since one connection runs one write
 * transaction at a time.
 */
export async function lockRecord(trx: Kysely<Tables>, key: string): Promise<void> {
  if (dialectOf(trx) !== "postgres") return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
}
