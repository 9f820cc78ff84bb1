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

/**
 * `lockRecord` for many records in one round trip, in a fixed (sorted) order so two callers
 * locking overlapping sets cannot deadlock each other. SQLite: nothing to do.
 */
export async function lockRecords(trx: Kysely<Tables>, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  if (dialectOf(trx as unknown as Kysely<unknown>) !== "postgres") return;
  const sorted = [...new Set(keys)].sort();
  await sql`select pg_advisory_xact_lock(hashtextextended(key, 0))
    from (select unnest(${sorted}::text[]) as key order by key) as keys`.execute(trx);
}
