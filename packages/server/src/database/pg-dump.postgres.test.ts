import { sql } from "kysely";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { aPainEntry, recordPainEntry } from "../testing/pain-entries.js";
import { startTestApp } from "../testing/test-app.js";
import { openDatabase, type OpenDatabase } from "./database.js";
import { migrationNames } from "./migrator.js";

/**
 * The PostgreSQL backup of docs/deploy.md, round-tripped: `pg_dump -Fc` of a database the app
 * wrote, `pg_restore` into a new database, the same rows and schema version. Needs the client
 * tools; with CI=true a missing one fails the run instead of skipping.
 */
const tools = ["pg_dump", "pg_restore"].filter(
  (tool) => spawnSync(tool, ["--version"]).status !== 0,
);
if (tools.length > 0 && process.env["CI"] === "true") {
  throw new Error(
    `CI=true but ${tools.join(" and ")} not found (apt-get install postgresql-client).`,
  );
}

const serverUrl = process.env["TEST_DATABASE_URL"] ?? "";
const created: string[] = [];
const workDir = mkdtempSync(path.join(tmpdir(), "painplan-pg-dump-"));

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A new database (hex name after a fixed prefix, safe as an identifier) and its URL. */
async function throwawayDatabase(): Promise<string> {
  const name = `painplan_dump_${randomBytes(5).toString("hex")}`;
  await admin(`create database ${name}`);
  created.push(name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function run(tool: string, args: string[]): void {
  const result = spawnSync(tool, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr}`);
}

async function contentsOf(database: OpenDatabase) {
  const entries = await database.db
    .selectFrom("pain_entries")
    .select(["id", "notes"])
    .orderBy("id")
    .execute();
  const users = await database.db
    .selectFrom("users")
    .select(["id", "email"])
    .orderBy("id")
    .execute();
  const applied = await sql<{
    name: string;
  }>`select name from kysely_migration order by name`.execute(database.db);
  return { entries, users, migrations: applied.rows.map((row) => row.name) };
}

afterAll(async () => {
  for (const name of created) await admin(`drop database if exists ${name} with (force)`);
  rmSync(workDir, { recursive: true, force: true });
});

describe.skipIf(tools.length > 0)("PostgreSQL backup with pg_dump / pg_restore", () => {
  it("restores the same rows and schema version into a new database", async () => {
    const sourceUrl = await throwawayDatabase();
    const source = openDatabase({ kind: "postgres", url: sourceUrl });
    await source.migrate();
    const app = await startTestApp({ database: source });
    const person = await signedInPatient(app);
    for (let index = 0; index < 5; index += 1) {
      await recordPainEntry(person, aPainEntry().withNotes(`entry ${index}, é "quoted"`).build());
    }
    await app.close();
    const before = await contentsOf(source);
    await source.close();

    const file = path.join(workDir, "painplan.dump");
    run("pg_dump", ["--format=custom", "--no-owner", `--file=${file}`, sourceUrl]);
    const targetUrl = await throwawayDatabase();
    run("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${targetUrl}`, file]);

    const target = openDatabase({ kind: "postgres", url: targetUrl });
    try {
      await target.migrate(); // nothing to do: the schema came with the dump
      const after = await contentsOf(target);
      expect(after).toEqual(before);
      expect(after.entries).toHaveLength(5);
      expect(after.migrations.at(-1)).toBe(migrationNames.at(-1));
    } finally {
      await target.close();
    }
  });
});
