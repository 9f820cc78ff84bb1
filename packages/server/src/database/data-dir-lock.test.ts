import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { childProcessTestTimeout } from "../testing/child-process-timeout.js";
import { DataDirLockedError, lockDataDir } from "./data-dir-lock.js";
import { openSqlite } from "./sqlite.js";

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "painplan-lock-"));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

/** Another process that takes the lock and keeps it until killed. */
function lockInChildProcess(dir: string) {
  const modulePath = path.join(import.meta.dirname, "data-dir-lock.ts");
  const script = `import(${JSON.stringify(modulePath)}).then((m) => { m.lockDataDir(${JSON.stringify(dir)}); process.stdout.write("locked\\n"); setInterval(() => {}, 1000); });`;
  const child = spawn(process.execPath, ["--import", "tsx", "-e", script], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const isLocked = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("locked")) resolve();
    });
    child.on("exit", (code) => {
      reject(new Error(`lock holder exited early (${String(code)})`));
    });
  });
  return { child, isLocked };
}

describe("the data folder lock", { timeout: childProcessTestTimeout }, () => {
  it("refuses a second server on the same folder with a clear message, until the first stops", () => {
    const first = lockDataDir(dataDir);
    expect(() => lockDataDir(dataDir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dataDir)).toThrow(/already using the data folder .*DATA_DIR/);
    first.release();
    lockDataDir(dataDir).release();
  });

  it("takes over a stale lock left by a process that died", async () => {
    const { child, isLocked } = lockInChildProcess(dataDir);
    await isLocked;
    expect(() => lockDataDir(dataDir)).toThrow(DataDirLockedError);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    lockDataDir(dataDir).release();
  });

  it("guards the embedded database, opened with WAL, synchronous=NORMAL (the log flushed before answers, wal-durability.ts) and foreign keys", async () => {
    const database = openSqlite(dataDir);
    try {
      expect(() => openSqlite(dataDir)).toThrow(DataDirLockedError);
      const pragma = async (name: string) =>
        Object.values(
          (await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(database.db)).rows[0] ??
            {},
        )[0];
      expect(await pragma("journal_mode")).toBe("wal");
      expect(await pragma("synchronous")).toBe(1);
      expect(await pragma("foreign_keys")).toBe(1);
    } finally {
      await database.close();
    }
  });
});
