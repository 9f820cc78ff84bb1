import Sqlite from "better-sqlite3";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aPainEntry, entriesUrl, recordPainEntry } from "../testing/pain-entries.js";
import { startTestApp, type TestApp } from "../testing/test-app.js";
import { DataDirLockedError } from "./data-dir-lock.js";
import { migrationNames } from "./migrator.js";
import { openSqlite, sqliteFileName } from "./sqlite.js";
import { backupSqlite, BackupError, restoreSqlite } from "./sqlite-backup.js";

/** The server's data folder, served by the real app (holding the lock, in WAL mode). */
const serverDir = mkdtempSync(path.join(tmpdir(), "painplan-backup-"));
const spareDir = mkdtempSync(path.join(tmpdir(), "painplan-backup-files-"));
let app: TestApp;
let person: SignedInClient;
const progress: string[] = [];

beforeAll(async () => {
  const database = openSqlite(serverDir);
  await database.migrate();
  app = await startTestApp({
    database,
    quotaLimits: { requestsPerMinute: 1e9, entriesPerDay: 1e9 },
  });
  person = await signedInPatient(app);
});

afterAll(async () => {
  await app.close();
  await app.database.close();
  rmSync(serverDir, { recursive: true, force: true });
  rmSync(spareDir, { recursive: true, force: true });
});

function entryIdsIn(file: string): Set<string> {
  const db = new Sqlite(file, { readonly: true });
  try {
    return new Set(
      (db.prepare("select id from pain_entries").all() as { id: string }[]).map((row) => row.id),
    );
  } finally {
    db.close();
  }
}

describe("painplan backup and restore (embedded database)", () => {
  const backupFile = path.join(spareDir, "painplan-backup.sqlite");

  it("a backup taken while the server writes restores whole: every write acknowledged before it, integrity ok", async () => {
    const acknowledged: string[] = [];
    for (let index = 0; index < 300; index += 1) {
      acknowledged.push(
        (await recordPainEntry(person, aPainEntry().withNotes("x".repeat(2000)).build())).id,
      );
    }
    // Writes keep arriving, through the app, while the copy runs page by page.
    const copying = { isRunning: true };
    let writtenDuring = 0;
    const writer = (async () => {
      while (copying.isRunning) {
        const response = await person.client.post(entriesUrl(person), aPainEntry().build());
        expect(response.statusCode).toBe(201);
        writtenDuring += 1;
      }
    })();
    const summary = await backupSqlite({
      dataDir: serverDir,
      file: backupFile,
      progress: (line) => progress.push(line),
      stepPages: 4,
    });
    copying.isRunning = false;
    await writer;
    expect(writtenDuring).toBeGreaterThan(0);
    expect(progress.some((line) => /^Copied \d+ of \d+ pages/.test(line))).toBe(true);
    expect(summary.schemaVersion).toBe(migrationNames.at(-1));
    expect(summary.rowCounts["pain_entries"]).toBeGreaterThanOrEqual(300);
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);

    const restoredDir = mkdtempSync(path.join(spareDir, "restored-"));
    const restored = await restoreSqlite({
      dataDir: restoredDir,
      file: backupFile,
      now: new Date("2026-03-29T12:00:00Z"),
      progress: () => undefined,
    });
    expect(restored.schemaVersion).toBe(migrationNames.at(-1));
    const restoredFile = path.join(restoredDir, sqliteFileName);
    const check = new Sqlite(restoredFile, { readonly: true });
    expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
    check.close();
    const ids = entryIdsIn(restoredFile);
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
    // The restored database opens and serves, as after `painplan restore` then `serve`.
    const reopened = openSqlite(restoredDir);
    await reopened.migrate();
    await reopened.close();
  });

  it("refuses to overwrite a file", async () => {
    await expect(
      backupSqlite({ dataDir: serverDir, file: backupFile, progress: () => undefined }),
    ).rejects.toThrow(/already exists/);
  });

  it("restore refuses while a server holds the data folder", async () => {
    await expect(
      restoreSqlite({
        dataDir: serverDir,
        file: backupFile,
        now: new Date(),
        progress: () => undefined,
      }),
    ).rejects.toThrow(DataDirLockedError);
  });

  it("restore refuses a backup from a newer schema, and keeps the database it would replace", async () => {
    const newer = path.join(spareDir, "from-the-future.sqlite");
    await backupSqlite({ dataDir: serverDir, file: newer, progress: () => undefined });
    const db = new Sqlite(newer);
    db.prepare("insert into kysely_migration (name, timestamp) values (?, ?)").run(
      "9999-from-the-future",
      new Date().toISOString(),
    );
    db.close();
    const targetDir = mkdtempSync(path.join(spareDir, "target-"));
    const restore = () =>
      restoreSqlite({
        dataDir: targetDir,
        file: newer,
        now: new Date(),
        progress: () => undefined,
      });
    await expect(restore()).rejects.toThrow(BackupError);
    await expect(restore()).rejects.toThrow(/newer PainPlan \(schema 9999-from-the-future/);

    const second = await restoreSqlite({
      dataDir: targetDir,
      file: backupFile,
      now: new Date("2026-03-29T12:00:00Z"),
      progress: () => undefined,
    });
    expect(second.keptAs).toBeUndefined();
    const third = await restoreSqlite({
      dataDir: targetDir,
      file: backupFile,
      now: new Date("2026-03-29T12:00:00Z"),
      progress: () => undefined,
    });
    expect(third.keptAs).toMatch(/painplan\.sqlite\.before-restore-2026-03-29T12-00-00-000Z$/);
  });
});
