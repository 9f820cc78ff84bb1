import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { Writable } from "node:stream";
import path from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startServer } from "../server.js";
import { configFromEnvironment } from "../system/config.js";
import { openSqlite, sqliteFileName } from "./sqlite.js";

let parent: string;
beforeEach(() => {
  parent = mkdtempSync(path.join(tmpdir(), "painplan-perms-"));
});
afterEach(() => {
  rmSync(parent, { recursive: true, force: true });
});

const modeOf = (target: string) => statSync(target).mode & 0o777;

/** Opens the database, writes once (so the -wal and -shm files exist) and closes it. */
async function openWriteClose(dataDir: string) {
  const database = openSqlite(dataDir);
  await sql`create table if not exists probe (x integer)`.execute(database.db);
  await sql`insert into probe values (1)`.execute(database.db);
  const files = [sqliteFileName, `${sqliteFileName}-wal`, `${sqliteFileName}-shm`];
  const modes = Object.fromEntries(files.map((name) => [name, modeOf(path.join(dataDir, name))]));
  await database.close();
  return { modes, tightenedPaths: database.tightenedPaths };
}

describe("the data folder is private", () => {
  it("a new data folder is created 700, the database and its -wal and -shm 600", async () => {
    const dataDir = path.join(parent, "data");
    const { modes, tightenedPaths } = await openWriteClose(dataDir);
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modes).toEqual({
      [sqliteFileName]: 0o600,
      [`${sqliteFileName}-wal`]: 0o600,
      [`${sqliteFileName}-shm`]: 0o600,
    });
    expect(tightenedPaths).toEqual([]);
  });

  it("an existing folder 755 with files 644 is tightened at start, and says which", async () => {
    const dataDir = path.join(parent, "data");
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    await openWriteClose(dataDir);
    chmodSync(dataDir, 0o755);
    const database = path.join(dataDir, sqliteFileName);
    chmodSync(database, 0o644);
    writeFileSync(`${database}-wal`, "");
    chmodSync(`${database}-wal`, 0o644);
    const { modes, tightenedPaths } = await openWriteClose(dataDir);
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modes[sqliteFileName]).toBe(0o600);
    expect(modes[`${sqliteFileName}-wal`]).toBe(0o600);
    expect(tightenedPaths).toEqual(expect.arrayContaining([dataDir, database, `${database}-wal`]));
  });
});

describe("the server says when it tightened the data folder", () => {
  it("logs one warn line naming the paths, and none on a private folder", async () => {
    const dataDir = path.join(parent, "data");
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    const start = async () => {
      const lines: string[] = [];
      const logStream = new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString("utf8"));
          done();
        },
      });
      const config = configFromEnvironment(
        { DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1" },
        "/nonexistent-web-dist",
      );
      const server = await startServer(config, { logStream });
      await server.stop();
      return lines.filter((line) => line.includes("the data folder was readable"));
    };
    const [warning, ...others] = await start();
    expect(others).toEqual([]);
    expect(JSON.parse(warning ?? "{}")).toMatchObject({ level: 40, paths: [dataDir] });
    expect(await start()).toEqual([]);
  });
});
