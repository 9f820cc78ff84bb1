import Sqlite from "better-sqlite3";
import path from "node:path";

export class DataDirLockedError extends Error {
  constructor(dataDir: string) {
    super(
      `Another PainPlan server is already using the data folder ${dataDir}. ` +
        "Stop that server first, or start this one with a different DATA_DIR.",
    );
  }
}

export type DataDirLock = { release(): void };

/**
 * Holds an exclusive SQLite lock on `<dataDir>/server.lock` for the life of the process.
 * The operating system drops the lock when the process dies, so a stale lock from a crashed
 * server is taken over without any clean-up; a live one makes the second start fail.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const lockFile = new Sqlite(path.join(dataDir, "server.lock"), { timeout: 0 });
  try {
    lockFile.pragma("locking_mode = EXCLUSIVE");
    lockFile.exec("BEGIN EXCLUSIVE");
  } catch (error) {
    lockFile.close();
    if (error instanceof Error && "code" in error && error.code === "SQLITE_BUSY") {
      throw new DataDirLockedError(dataDir);
    }
    throw error;
  }
  return {
    release: () => {
      lockFile.exec("ROLLBACK");
      lockFile.close();
    },
  };
}
