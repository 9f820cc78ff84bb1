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
import { walDurability, walFileFlush } from "./wal-durability.js";

export const sqliteFileName = "painplan.sqlite";

/**
 * Embedded database: one file in the data folder, guarded so only one server opens it. The
 * folder is made 700 and the database files 600 first (`secureDataDir`). Tests may pass
 * `aroundWalFlush` to hold back or count the flushes of the write-ahead log (wal-durability.ts).
 */
export function openSqlite(
  dataDir: string,
  options: { aroundWalFlush?: (flush: () => Promise<void>) => Promise<void> } = {},
): OpenDatabase {
  const tightenedPaths = secureDataDir(dataDir, sqliteFileName, ["server.lock"]);
  const lock = lockDataDir(dataDir);
  try {
    const file = path.join(dataDir, sqliteFileName);
    const connection = new Sqlite(file);
    connection.pragma("journal_mode = WAL");
    // Health data: every commit reaches the disk before anyone is answered, but the flush runs
    // off the event loop (wal-durability.ts) instead of inside the commit (synchronous = FULL).
    connection.pragma("synchronous = NORMAL");
    connection.pragma("foreign_keys = ON");
    connection.pragma("busy_timeout = 5000");
    // Reads outside a transaction do not wait for a write batch (sqlite-connections.ts).
    const reader = new Sqlite(file, { fileMustExist: true });
    reader.pragma("busy_timeout = 5000");
    reader.pragma("query_only = ON");
    const walFile = walFileFlush(`${file}-wal`);
    const around = options.aroundWalFlush ?? ((flush) => flush());
    const durability = walDurability(() => around(walFile.flush));
    const db = new Kysely<Tables>({
      dialect: new ReadWriteSqliteDialect(connection, reader, durability.committed),
    });
    return {
      db,
      writes: groupCommit(db, { durable: durability.durable }),
      tightenedPaths,
      migrate: async () => {
        await migrateToLatest(db);
      },
      close: async () => {
        await durability.settled();
        await walFile.close();
        await db.destroy();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
