import type { Kysely } from "kysely";
import type { DatabaseConfig } from "../system/config.js";
import type { WriteTransactions } from "./group-commit.js";
import { openPostgres } from "./postgres.js";
import type { Tables } from "./tables.js";
import { openSqlite } from "./sqlite.js";

export type Database = Kysely<Tables>;

export type OpenDatabase = {
  db: Database;
  /** Durable writes: grouped commits on SQLite, a transaction per job on PostgreSQL. */
  writes: WriteTransactions;
  /** Files of the data folder whose permissions were too open and were tightened at start. */
  tightenedPaths: readonly string[];
  /** Applies pending migrations (safe to call from several instances at once). */
  migrate(): Promise<void>;
  close(): Promise<void>;
};

export function openDatabase(config: DatabaseConfig): OpenDatabase {
  switch (config.kind) {
    case "sqlite":
      return openSqlite(config.dataDir);
    case "postgres":
      return openPostgres(config.url, config.schema);
  }
}
