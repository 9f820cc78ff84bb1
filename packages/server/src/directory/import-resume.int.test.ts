import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "../database/database.js";
import { fixedClock } from "../system/clock.js";
import { randomIds } from "../system/ids.js";
import { openTestDatabase } from "../testing/test-database.js";
import { ImportFileRefused } from "./import-file.js";
import {
  abandonUnfinishedImport,
  ImportInterrupted,
  importDirectoryFile,
  type ImportOptions,
} from "./import.service.js";
import { aCsvRow, useImportFolder } from "./testing/import-files.js";
import { testReference } from "./testing/import-reference.js";

let database: OpenDatabase;
const clock = fixedClock(new Date("2026-11-30T02:00:00.000Z"));
const folder = useImportFolder();

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const importFile = (file: string, options: Partial<ImportOptions> = {}) =>
  importDirectoryFile(
    { db: database.db, clock, ids: randomIds, reference: testReference },
    { file, format: "auto", isDryRun: false, reportFile: null, batchSize: 4, ...options },
  );

const countWith = async (prefix: string) =>
  (
    await database.db
      .selectFrom("practitioner_profiles")
      .select("external_id")
      .where("external_id", "like", `${prefix}%`)
      .execute()
  ).length;

/** Stops the import after `batches` committed batches, as Ctrl-C does. */
function stopAfter(batches: number) {
  const controller = new AbortController();
  let seen = 0;
  return {
    signal: controller.signal,
    onProgress: () => {
      seen += 1;
      if (seen >= batches) controller.abort();
    },
  };
}

describe("an import stopped half way", () => {
  it("shows nothing of the file until it is finished, then resumes where it stopped", async () => {
    const rows = Array.from({ length: 10 }, (_, index) =>
      aCsvRow(index + 1, { external_id: `resume:${index + 1}` }),
    );
    rows[6] = aCsvRow(7, { external_id: "resume:2" });
    const file = folder.csv("resume.csv", rows);
    await expect(importFile(file, stopAfter(1))).rejects.toThrow(ImportInterrupted);
    expect(await countWith("resume:")).toBe(0);
    const run = await database.db
      .selectFrom("directory_import_runs")
      .selectAll()
      .where("file_name", "=", file)
      .executeTakeFirstOrThrow();
    expect(run).toMatchObject({ status: "reading", resume_line: 6, rows_read: 4, rows_staged: 4 });

    const reportFile = folder.place("resume-report.csv");
    const summary = await importFile(file, { reportFile });
    expect(summary).toMatchObject({
      runId: run.id,
      resumedAtLine: 6,
      rowsRead: 10,
      rowsInserted: 9,
      rowsRejected: 1,
    });
    expect(await countWith("resume:")).toBe(9);
    // The duplicate on line 8 is found against a row read before the stop (line 3).
    expect(readFileSync(reportFile, "utf8")).toContain(
      "8,resume:2,external_id,the same external_id as line 3",
    );
  });

  it("refuses another file while one is unfinished, until that one is abandoned", async () => {
    const first = folder.csv(
      "first.csv",
      Array.from({ length: 6 }, (_, index) => aCsvRow(index, { external_id: `first:${index}` })),
    );
    const other = folder.csv("other.csv", [aCsvRow(1, { external_id: "other:1" })]);
    await expect(importFile(first, stopAfter(1))).rejects.toThrow(ImportInterrupted);
    await expect(importFile(other)).rejects.toThrow(ImportFileRefused);
    await expect(importFile(other)).rejects.toThrow(/is unfinished/);
    const abandoned = await abandonUnfinishedImport({ db: database.db, clock });
    expect(abandoned?.file_name).toBe(first);
    expect(await importFile(other)).toMatchObject({ rowsInserted: 1 });
    expect(await countWith("first:")).toBe(0);
    const staged = await database.db.selectFrom("directory_import_rows").select("line").execute();
    expect(staged).toEqual([]);
  });
});

describe("what an import leaves alone", () => {
  it("never overwrites a practitioner's own profile, and keeps a licence an admin verified", async () => {
    const file = folder.csv("kept.csv", [
      aCsvRow(1, { external_id: "kept:1", licences: "NY|MT-1|2027-06-30" }),
      aCsvRow(2, { external_id: "kept:2", npi: "1234567893" }),
    ]);
    await importFile(file);
    const profile = await database.db
      .selectFrom("practitioner_profiles")
      .select("id")
      .where("external_id", "=", "kept:1")
      .executeTakeFirstOrThrow();
    await database.db
      .updateTable("practitioner_licences")
      .set({
        verification_source: "admin",
        verification_outcome: "confirmed",
        verified_at: "2026-11-01T10:00:00.000Z",
        verified_by_name: "Admin A",
        verification_evidence: "board lookup",
      })
      .where("profile_id", "=", profile.id)
      .execute();
    await database.db
      .insertInto("users")
      .values({
        id: "user-kept-2",
        email: "kept2@example.org",
        password_hash: "x",
        display_name: "Kept",
        time_zone: "UTC",
        role: "practitioner",
        created_at: "2026-11-01T00:00:00.000Z",
        updated_at: "2026-11-01T00:00:00.000Z",
      })
      .execute();
    await database.db
      .updateTable("practitioner_profiles")
      .set({ user_id: "user-kept-2", origin: "self", display_name: "Their own words" })
      .where("external_id", "=", "kept:2")
      .execute();

    const again = await importFile(file, { reportFile: folder.place("kept-report.csv") });
    expect(again).toMatchObject({ rowsUpdated: 1, rowsRejected: 1 });
    const licence = await database.db
      .selectFrom("practitioner_licences")
      .selectAll()
      .where("profile_id", "=", profile.id)
      .executeTakeFirstOrThrow();
    expect(licence).toMatchObject({
      number: "MT-1",
      verification_source: "admin",
      verified_by_name: "Admin A",
    });
    const own = await database.db
      .selectFrom("practitioner_profiles")
      .select("display_name")
      .where("external_id", "=", "kept:2")
      .executeTakeFirstOrThrow();
    expect(own.display_name).toBe("Their own words");
  });
});
