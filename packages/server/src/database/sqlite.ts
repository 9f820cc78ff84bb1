import Sqlite from "better-sqlite3";
import { Kysely } from "kysely";
import path from "node:path";
import { lockDataDir } from "./data-dir-lock.js";
import { secureDataDir } from "./file-permissions.js";
import type { OpenDatabase } from "./database.js";
import { groupCommit } from "./group-commit.js";
import { migrateToLatest } from "./migrator.js";
import { ReadWriteSqliteDialect } from "./sqlite-connections.js";
import type { Tables } from "./tables.js";

export const sqliteFileName = "painplan.sqlite";

/**
 * Embedded database: one file in the data folder, guarded so only one server opens it. The
 * folder is made 700 and the database files 600 first (`secureDataDir`).
 */
export function openSqlite(dataDir: string): OpenDatabase {
  const tightenedPaths = secureDataDir(dataDir, sqliteFileName, ["server.lock"]);
  const lock = lockDataDir(dataDir);
  try {
    const file = path.join(dataDir, sqliteFileName);
    const connection = new Sqlite(file);
    connection.pragma("journal_mode = WAL");
    // Health data: every commit reaches the disk before we answer.
    connection.pragma("synchronous = FULL");
    connection.pragma("foreign_keys = ON");
    connection.pragma("busy_timeout = 5000");
    // Reads outside a transaction do not wait for a write batch (sqlite-connections.ts).
    const reader = new Sqlite(file, { fileMustExist: true });
    reader.pragma("busy_timeout = 5000");
    reader.pragma("query_only = ON");
    const db = new Kysely<Tables>({ dialect: new ReadWriteSqliteDialect(connection, reader) });
    return {
      db,
      writes: groupCommit(db),
      tightenedPaths,
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
