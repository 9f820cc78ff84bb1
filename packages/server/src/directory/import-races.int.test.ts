import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "../database/database.js";
import { dialectOf } from "../database/dialect.js";
import { lockRecord } from "../database/record-lock.js";
import { fixedClock } from "../system/clock.js";
import { randomIds } from "../system/ids.js";
import { openTestDatabase } from "../testing/test-database.js";
import { importDirectoryFile } from "./import.service.js";
import { aCsvRow, useImportFolder } from "./testing/import-files.js";
import { testReference } from "./testing/import-reference.js";
import { aFreshNpi, aProfileInput, insertPractitioner } from "./testing/practitioners.js";

/**
 * The import's apply step racing a practitioner's own save of their profile (held open here at
 * the point where it has written but not committed, as a slow request would be): the import
 * waits for it, then refuses the row it can no longer write, and finishes. Never an error.
 */
let database: OpenDatabase;
const clock = fixedClock(new Date("2026-11-30T02:00:00.000Z"));
const folder = useImportFolder();

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function aPractitionerWithProfile(userId: string, npi: string): Promise<string> {
  const at = "2026-11-01T00:00:00.000Z";
  await database.db
    .insertInto("users")
    .values({
      id: userId,
      email: `${userId}@example.org`,
      password_hash: "x",
      display_name: "Own",
      time_zone: "UTC",
      role: "practitioner",
      created_at: at,
      updated_at: at,
    })
    .execute();
  const profileId = `profile-${userId}`;
  await insertPractitioner(database.db, profileId, aProfileInput({ npi }), null);
  await database.db
    .updateTable("practitioner_profiles")
    .set({ user_id: userId, external_id: null, origin: "self", display_name: "Their own words" })
    .where("id", "=", profileId)
    .execute();
  return profileId;
}

/** PostgreSQL: until a statement on the directory or a record lock waits (the import, blocked). */
async function untilTheImportWaits(): Promise<void> {
  if (dialectOf(database.db as never) !== "postgres") return;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const waiting = await sql<{ count: number | string }>`
      select count(*) as count from pg_stat_activity
      where wait_event_type = 'Lock'
        and (query like '%practitioner_profiles%' or query like '%pg_advisory_xact_lock%')`.execute(
      database.db,
    );
    if (Number(waiting.rows[0]?.count ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("The import never reached the directory.");
}

describe("an import racing a practitioner's own save", () => {
  it("a practitioner taking an NPI the file adds: the import refuses that row and finishes", async () => {
    const npi = aFreshNpi();
    const profileId = await aPractitionerWithProfile("user-race-1", aFreshNpi());
    const file = folder.csv("race.csv", [
      aCsvRow(1, { external_id: "race:1", npi }),
      aCsvRow(2, { external_id: "race:2" }),
    ]);
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let saved = () => {};
    const written = new Promise<void>((resolve) => (saved = resolve));
    // The practitioner's save, as saveOwn does it: its locks, then its write, then (later) commit.
    const ownSave = database.db.transaction().execute(async (trx) => {
      await lockRecord(trx, "practitioner-profile-of:user-race-1");
      await lockRecord(trx, `practitioner-profile:${profileId}`);
      await trx
        .updateTable("practitioner_profiles")
        .set({ npi })
        .where("id", "=", profileId)
        .execute();
      saved();
      await released;
    });
    await written;
    const importing = importDirectoryFile(
      { db: database.db, clock, ids: randomIds, reference: testReference },
      { file, format: "auto", isDryRun: false, reportFile: null, batchSize: 10 },
    );
    await untilTheImportWaits();
    release();
    await ownSave;
    const summary = await importing;
    expect(summary).toMatchObject({ rowsInserted: 1, rowsRejected: 1 });
    const own = await database.db
      .selectFrom("practitioner_profiles")
      .select(["npi", "display_name", "user_id"])
      .where("id", "=", profileId)
      .executeTakeFirstOrThrow();
    expect(own).toEqual({ npi, display_name: "Their own words", user_id: "user-race-1" });
    const imported = await database.db
      .selectFrom("practitioner_profiles")
      .select("external_id")
      .where("external_id", "like", "race:%")
      .execute();
    expect(imported.map((row) => row.external_id)).toEqual(["race:2"]);
  });

  it("an admin verifying an imported profile meanwhile: the import waits and keeps that verification", async () => {
    const row = aCsvRow(3, { external_id: "race:3" });
    const ids = { db: database.db, clock, ids: randomIds, reference: testReference };
    const options = { format: "auto", isDryRun: false, reportFile: null, batchSize: 10 } as const;
    await importDirectoryFile(ids, { ...options, file: folder.csv("first.csv", [row]) });
    const { id } = await database.db
      .selectFrom("practitioner_profiles")
      .select("id")
      .where("external_id", "=", "race:3")
      .executeTakeFirstOrThrow();
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let saved = () => {};
    const written = new Promise<void>((resolve) => (saved = resolve));
    // The admin's verification, as the repository's verify does it: the profile's lock, then its write.
    const verifying = database.db.transaction().execute(async (trx) => {
      await lockRecord(trx, `practitioner-profile:${id}`);
      await trx
        .updateTable("practitioner_profiles")
        .set({ accepting_verification_source: "admin", accepting_verified_by_name: "Admin A" })
        .where("id", "=", id)
        .execute();
      saved();
      await released;
    });
    await written;
    const again = folder.csv("again.csv", [{ ...row, verified_on: "2026-11-01" }]);
    const importing = importDirectoryFile(ids, { ...options, file: again });
    await untilTheImportWaits();
    release();
    await verifying;
    expect(await importing).toMatchObject({ rowsUpdated: 1, rowsRejected: 0 });
    const profile = await database.db
      .selectFrom("practitioner_profiles")
      .select(["accepting_verification_source", "accepting_verified_by_name"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(profile).toEqual({
      accepting_verification_source: "admin",
      accepting_verified_by_name: "Admin A",
    });
  });
});
