import Sqlite from "better-sqlite3";
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { lockDataDir } from "./data-dir-lock.js";
import { migrationNames } from "./migrator.js";
import { sqliteFileName } from "./sqlite.js";

/** What a backup or restore says about the database it wrote. */
export type DatabaseSummary = {
  /** The last migration applied (e.g. "0031-account-erasures"); undefined for an empty file. */
  schemaVersion: string | undefined;
  /** Rows per table, every table of the file (migrator tables aside). */
  rowCounts: Record<string, number>;
  bytes: number;
};

export class BackupError extends Error {}

/** Pages per backup step at first; doubled whenever a write restarts the copy (see below). */
const firstStepPages = 1024;

function integrityOf(file: string): string {
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((row) => row.integrity_check).join("; ");
  } finally {
    db.close();
  }
}

/** Schema version (last migration) and row counts of a database file. */
export function summarize(file: string): DatabaseSummary & { migrations: string[] } {
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    const tables = (
      db
        .prepare(
          "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
        )
        .all() as { name: string }[]
    ).map((row) => row.name);
    const migrations = tables.includes("kysely_migration")
      ? (
          db.prepare("select name from kysely_migration order by name").all() as { name: string }[]
        ).map((row) => row.name)
      : [];
    const rowCounts: Record<string, number> = {};
    for (const table of tables.filter((name) => !name.startsWith("kysely_"))) {
      const row = db.prepare(`select count(*) as count from "${table}"`).get() as { count: number };
      rowCounts[table] = row.count;
    }
    return { schemaVersion: migrations.at(-1), migrations, rowCounts, bytes: statSync(file).size };
  } finally {
    db.close();
  }
}

function withoutMigrations(summary: ReturnType<typeof summarize>): DatabaseSummary {
  return {
    schemaVersion: summary.schemaVersion,
    rowCounts: summary.rowCounts,
    bytes: summary.bytes,
  };
}

/**
 * `painplan backup FILE` for the embedded database: an online, consistent copy while the server
 * runs and writes (SQLite's backup API through better-sqlite3's `db.backup()`; in WAL mode it
 * never blocks the server's writes). A write by the server during the copy makes SQLite start the
 * copy over at the next step; each restart doubles the step, so under any write rate the copy
 * soon finishes in one step, which reads one consistent snapshot. The copy is then made a
 * single self-contained file (rollback journal, not WAL), checked with `PRAGMA integrity_check`,
 * and only then renamed to FILE (mode 600: it holds password hashes and health data).
 * Refuses to overwrite FILE.
 */
export async function backupSqlite(options: {
  dataDir: string;
  file: string;
  progress: (line: string) => void;
  /** Pages per step at first (tests make it small to force many steps). */
  stepPages?: number;
}): Promise<DatabaseSummary> {
  const source = path.join(options.dataDir, sqliteFileName);
  if (!existsSync(source)) throw new BackupError(`There is no database at ${source}.`);
  if (existsSync(options.file)) {
    throw new BackupError(`${options.file} already exists. Choose a new file name.`);
  }
  const partial = `${options.file}.partial`;
  rmSync(partial, { force: true });
  const db = new Sqlite(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    let step = options.stepPages ?? firstStepPages;
    let lastRemaining = Number.POSITIVE_INFINITY;
    let lastPercent = -1;
    await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        if (remainingPages > lastRemaining) step *= 2; // restarted by a write
        lastRemaining = remainingPages;
        const percent = Math.floor(((totalPages - remainingPages) / Math.max(1, totalPages)) * 100);
        if (percent !== lastPercent) {
          lastPercent = percent;
          options.progress(
            `Copied ${totalPages - remainingPages} of ${totalPages} pages (${percent}%)`,
          );
        }
        return step;
      },
    });
    const { size } = statSync(partial);
    options.progress(`Copied the whole database (${(size / 1e6).toFixed(1)} MB, 100%)`);
  } finally {
    db.close();
  }
  try {
    const copy = new Sqlite(partial);
    copy.pragma("journal_mode = DELETE");
    copy.close();
    options.progress("Checking the copy (PRAGMA integrity_check)…");
    const integrity = integrityOf(partial);
    if (integrity !== "ok")
      throw new BackupError(`The copy failed its integrity check: ${integrity}`);
    chmodSync(partial, 0o600);
    renameSync(partial, options.file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return withoutMigrations(summarize(options.file));
}

/**
 * `painplan restore FILE` for the embedded database, with the server stopped: takes the data
 * folder's lock (so it refuses while a server runs), checks FILE (integrity, and a schema no
 * newer than this build's migrations), keeps the current database beside it as
 * `painplan.sqlite.before-restore-<time>` (after folding its WAL into it), and puts a copy of
 * FILE in its place. An older schema is brought up to date by the next `serve` or `migrate`.
 */
export async function restoreSqlite(options: {
  dataDir: string;
  file: string;
  now: Date;
  progress: (line: string) => void;
}): Promise<DatabaseSummary & { keptAs: string | undefined }> {
  if (!existsSync(options.file)) throw new BackupError(`There is no file ${options.file}.`);
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const lock = lockDataDir(options.dataDir);
  try {
    options.progress(`Checking ${options.file} (PRAGMA integrity_check)…`);
    const integrity = integrityOf(options.file);
    if (integrity !== "ok") throw new BackupError(`${options.file} is damaged: ${integrity}`);
    const backup = summarize(options.file);
    const unknown = backup.migrations.filter((name) => !migrationNames.includes(name));
    if (unknown.length > 0) {
      throw new BackupError(
        `${options.file} comes from a newer PainPlan (schema ${backup.schemaVersion ?? "?"}; this ` +
          `build knows up to ${migrationNames.at(-1) ?? "?"}). Restore it with that version or later.`,
      );
    }
    const target = path.join(options.dataDir, sqliteFileName);
    const incoming = `${target}.restoring`;
    rmSync(incoming, { force: true });
    const reader = new Sqlite(options.file, { readonly: true, fileMustExist: true });
    try {
      await reader.backup(incoming);
    } finally {
      reader.close();
    }
    let keptAs: string | undefined;
    if (existsSync(target)) {
      const current = new Sqlite(target);
      current.pragma("wal_checkpoint(TRUNCATE)");
      current.pragma("journal_mode = DELETE");
      current.close();
      keptAs = `${target}.before-restore-${options.now.toISOString().replace(/[:.]/g, "-")}`;
      renameSync(target, keptAs);
    }
    for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
    chmodSync(incoming, 0o600);
    renameSync(incoming, target);
    return { ...withoutMigrations(summarize(target)), keptAs };
  } finally {
    lock.release();
  }
}
