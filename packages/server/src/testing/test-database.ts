import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase, type OpenDatabase } from "../database/database.js";
import type { DatabaseConfig } from "../system/config.js";

export type TestDatabaseKind = "sqlite" | "postgres";

/** Which database this test run targets (set per vitest project; see vitest.config.ts). */
export function testDatabaseKind(): TestDatabaseKind {
  return process.env["PAINPLAN_TEST_DATABASE"] === "postgres" ? "postgres" : "sqlite";
}

function postgresUrl(): string {
  const url = process.env["TEST_DATABASE_URL"];
  if (url === undefined) throw new Error("TEST_DATABASE_URL is required for the PostgreSQL suite.");
  return url;
}

export type TestDatabasePlace = { config: DatabaseConfig; dispose(): Promise<void> };

/**
 * A place no other test uses: a fresh SQLite folder, or a fresh PostgreSQL schema (so parallel
 * test files and concurrent runs never collide). `dispose` removes it.
 */
export async function freshDatabasePlace(
  kind: TestDatabaseKind = testDatabaseKind(),
): Promise<TestDatabasePlace> {
  if (kind === "sqlite") {
    const dataDir = mkdtempSync(path.join(tmpdir(), "painplan-test-"));
    return {
      config: { kind: "sqlite", dataDir },
      dispose: () => {
        rmSync(dataDir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const url = postgresUrl();
  const schema = `test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  return {
    config: { kind: "postgres", url, schema },
    // Dropped while other files migrate: the migrator reads only its own schema
    // (database/own-schema-introspector.ts), so no lock is needed around either.
    dispose: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}

/** A migrated database in a fresh place; `close` also removes it. */
export async function openTestDatabase(
  kind?: TestDatabaseKind,
): Promise<OpenDatabase & { config: DatabaseConfig }> {
  const place = await freshDatabasePlace(kind);
  const database = openDatabase(place.config);
  await database.migrate();
  return {
    ...database,
    config: place.config,
    close: async () => {
      await database.close();
      await place.dispose();
    },
  };
}
