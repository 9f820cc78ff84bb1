import Sqlite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { lockDataDir } from "./data-dir-lock.js";
import type { OpenDatabase } from "./database.js";
import { migrateToLatest } from "./migrator.js";
import type { Tables } from "./schema.js";

export const sqliteFileName = "painplan.sqlite";

/** Embedded database: one file in the data folder, guarded so only one server opens it. */
export function openSqlite(dataDir: string): OpenDatabase {
  mkdirSync(dataDir, { recursive: true });
  const lock = lockDataDir(dataDir);
  try {
    const connection = new Sqlite(path.join(dataDir, sqliteFileName));
    connection.pragma("journal_mode = WAL");
    // Health data: every commit reaches the disk before we answer.
    connection.pragma("synchronous = FULL");
    connection.pragma("foreign_keys = ON");
    connection.pragma("busy_timeout = 5000");
    const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: connection }) });
    return {
      db,
      dialect: "sqlite",
      migrate: async () => {
        await migrateToLatest(db);
      },
      close: async () => {
        await db.destroy();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
