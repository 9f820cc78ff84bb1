import Sqlite from "better-sqlite3";
import { Kysely, SqliteDialect, type SqliteDatabase } from "kysely";
import path from "node:path";
import { lockDataDir } from "./data-dir-lock.js";
import { secureDataDir } from "./file-permissions.js";
import type { OpenDatabase } from "./database.js";
import { groupCommit } from "./group-commit.js";
import { migrateToLatest } from "./migrator.js";
import type { Tables } from "./tables.js";

export const sqliteFileName = "painplan.sqlite";

const statementCacheSize = 500;

/**
 * Kysely prepares every query anew, and compiling SQL was the largest cost of a simple read
 * (14% of CPU for GET /api/me, bench/). One connection runs one statement at a time, so
 * compiled statements can be reused; the cache is bounded, oldest out first.
 */
function withStatementCache(connection: Sqlite.Database): SqliteDatabase {
  const statements = new Map<string, Sqlite.Statement>();
  return {
    close: () => connection.close(),
    prepare: (sql) => {
      const cached = statements.get(sql);
      if (cached !== undefined) return cached;
      const statement = connection.prepare(sql);
      if (statements.size >= statementCacheSize) {
        const oldest = statements.keys().next();
        if (oldest.done !== true) statements.delete(oldest.value);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}

/**
 * Embedded database: one file in the data folder, guarded so only one server opens it. The
 * folder is made 700 and the database files 600 first (`secureDataDir`).
 */
export function openSqlite(dataDir: string): OpenDatabase {
  const tightenedPaths = secureDataDir(dataDir, sqliteFileName, ["server.lock"]);
  const lock = lockDataDir(dataDir);
  try {
    const connection = new Sqlite(path.join(dataDir, sqliteFileName));
    connection.pragma("journal_mode = WAL");
    // Health data: every commit reaches the disk before we answer.
    connection.pragma("synchronous = FULL");
    connection.pragma("foreign_keys = ON");
    connection.pragma("busy_timeout = 5000");
    const db = new Kysely<Tables>({
      dialect: new SqliteDialect({ database: withStatementCache(connection) }),
    });
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
