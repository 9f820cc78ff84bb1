import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "../database/database.js";
import { fixedClock } from "../system/clock.js";
import { randomIds } from "../system/ids.js";
import { openTestDatabase } from "../testing/test-database.js";
import { toCsv } from "@painplan/core";
import { ImportFileRefused } from "./import-file.js";
import { splitLatin1Fields } from "./import-fields.js";
import { importDirectoryFile, type ImportOptions } from "./import.service.js";
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
    {
      file,
      format: "auto",
      isDryRun: false,
      reportFile: folder.place("report.csv"),
      batchSize: 3,
      ...options,
    },
  );

const profilesWith = (prefix: string) =>
  database.db
    .selectFrom("practitioner_profiles")
    .selectAll()
    .where("external_id", "like", `${prefix}%`)
    .orderBy("external_id")
    .execute();

const reportOf = (file: string) =>
  readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean);

describe("importing our CSV format", () => {
  it("imports the good rows, reports every bad one with its line and column, and stops for none", async () => {
    const file = folder.csv("mixed.csv", [
      aCsvRow(1, { external_id: "mixed:1" }),
      aCsvRow(2, { external_id: "mixed:2", npi: "1234567890" }),
      aCsvRow(3, { external_id: "mixed:3", price_60: "-5", postal_code: "00000" }),
      aCsvRow(4, { external_id: "mixed:4", taxonomy_codes: "999999999X" }),
      aCsvRow(5, { external_id: "mixed:5", npi: "1234567893" }),
      aCsvRow(6, { external_id: "mixed:6", npi: "1234567893" }),
      aCsvRow(7, { external_id: "mixed:7", modalities: "" }),
    ]);
    const reportFile = folder.place("mixed-report.csv");
    const summary = await importFile(file, { reportFile });
    expect(summary).toMatchObject({
      rowsRead: 7,
      rowsStaged: 2,
      rowsRejected: 5,
      rowsInserted: 2,
      rowsUpdated: 0,
    });
    expect((await profilesWith("mixed:")).map((row) => row.external_id)).toEqual([
      "mixed:1",
      "mixed:5",
    ]);
    expect(reportOf(reportFile)).toEqual([
      "line,key,column,problem",
      "3,,npi,1234567890 fails the NPI check digit",
      "4,,postal_code,unknown postal code 00000 in US: give latitude and longitude",
      "4,,price_60,-5 is negative",
      "5,,taxonomy_codes,unknown NUCC taxonomy code: 999999999X",
      "7,1234567893,npi,the same NPI as line 6 (1234567893)",
      "8,mixed:7,modalities,Choose at least one modality.",
    ]);
  });

  it("stores the row as the directory reads it: minor units, licence, the source's verification", async () => {
    await importFile(
      folder.csv("one.csv", [aCsvRow(1, { external_id: "one:1", price_90: "110.50" })]),
    );
    const [profile] = await profilesWith("one:");
    expect(profile).toMatchObject({
      origin: "import",
      is_fictional: 0,
      price_60_minor: 8000,
      price_90_minor: 11050,
      currency: "USD",
      latitude: 42.658,
      is_accepting_new_clients: 1,
      accepting_verification_source: "import",
      accepting_verified_at: "2026-10-01T00:00:00.000Z",
      accepting_verified_by_name: "NY Office of the Professions",
      licence_verified_at: null,
    });
    const licences = await database.db
      .selectFrom("practitioner_licences")
      .selectAll()
      .where("profile_id", "=", profile?.id ?? "")
      .execute();
    expect(licences).toMatchObject([
      { issuer: "NY", number: "MT-1", expires_on: "2027-06-30", verification_source: "import" },
    ]);
  });

  it("imports the same file twice into the same directory: updated in place, nothing doubled", async () => {
    const file = folder.csv(
      "twice.csv",
      [1, 2, 3, 4].map((n) => aCsvRow(n, { external_id: `twice:${n}` })),
    );
    const first = await importFile(file);
    const before = await profilesWith("twice:");
    const second = await importFile(file);
    const after = await profilesWith("twice:");
    expect([
      first.rowsInserted,
      first.rowsUpdated,
      second.rowsInserted,
      second.rowsUpdated,
    ]).toEqual([4, 0, 0, 4]);
    const history = await database.db
      .selectFrom("practitioner_verifications")
      .select(["subject", "source", "verified_at"])
      .where(
        "profile_id",
        "in",
        after.map((row) => row.id),
      )
      .orderBy("subject")
      .execute();
    // One history row per verified fact of each practitioner, from the first import only.
    expect(history).toHaveLength(8);
    expect(history[0]).toEqual({
      subject: "accepting-new-clients",
      source: "import",
      verified_at: "2026-10-01T00:00:00.000Z",
    });
    expect(history.filter((row) => row.subject === "licence")).toHaveLength(4);
    expect(after.map(({ updated_at: _, ...row }) => row)).toEqual(
      before.map(({ updated_at: _, ...row }) => row),
    );
  });

  it("a dry run checks everything, writes the report and changes nothing", async () => {
    const file = folder.csv("dry.csv", [
      aCsvRow(1, { external_id: "dry:1" }),
      aCsvRow(2, { external_id: "dry:2", city: "", postal_code: "", address_line1: "" }),
    ]);
    const reportFile = folder.place("dry-report.csv");
    const summary = await importFile(file, { isDryRun: true, reportFile });
    expect(summary).toMatchObject({
      runId: null,
      isDryRun: true,
      rowsRead: 2,
      rowsStaged: 1,
      rowsRejected: 1,
      rowsInserted: 1,
    });
    expect(await profilesWith("dry:")).toEqual([]);
    expect(reportOf(reportFile)).toEqual([
      "line,key,column,problem",
      '3,dry:2,address_line1,"Give a clinic address, home visits or online sessions."',
    ]);
  });

  it("refuses a file with wrong columns before reading any row, and writes nothing", async () => {
    const file = folder.file("wrong.csv", "name,npi,prise_60\r\nAda,1234567893,80\r\n");
    await expect(importFile(file)).rejects.toThrow(ImportFileRefused);
    await expect(importFile(file)).rejects.toThrow(/did you mean price_60/);
    const runs = await database.db
      .selectFrom("directory_import_runs")
      .select("file_name")
      .execute();
    expect(runs.map((run) => run.file_name)).not.toContain(file);
  });

  it("reads CR, LF and CRLF files alike, and keeps going past broken quoting and Latin-1 bytes", async () => {
    for (const ending of ["\r", "\n", "\r\n"]) {
      const tag = `ending${JSON.stringify(ending).replaceAll(/[\\"]/g, "")}:`;
      const summary = await importFile(
        folder.csv(
          "endings.csv",
          [1, 2].map((n) => aCsvRow(n, { external_id: `${tag}${n}` })),
          ending,
        ),
      );
      expect(summary).toMatchObject({ rowsInserted: 2, rowsRejected: 0 });
    }
    const header = "external_id,name,modalities,city,postal_code,address_line1\n";
    const bytes = Buffer.concat([
      Buffer.from(header + 'broken:1,"Ada,swedish-massage,Albany,12207,1 Main St\n'),
      Buffer.from("broken:2,Zo"),
      Buffer.from([0xeb]),
      Buffer.from(
        ",swedish-massage,Albany,12207,1 Main St\nbroken:3,Bea,swedish-massage,Albany,12207,1 Main St\n",
      ),
    ]);
    const reportFile = folder.place("broken-report.csv");
    const summary = await importFile(folder.file("broken.csv", bytes), { reportFile });
    expect(summary).toMatchObject({ rowsRead: 3, rowsInserted: 1, rowsRejected: 2 });
    expect((await profilesWith("broken:")).map((row) => row.display_name)).toEqual(["Bea"]);
    expect(reportOf(reportFile)).toEqual([
      "line,key,column,problem",
      "2,,column 2,a quoted field is never closed",
      "3,,column 2,bytes that are not UTF-8 (save the file as UTF-8)",
    ]);
  });

  it("imports the massage therapists and acupuncturists of an NPPES file and passes over the rest", async () => {
    const sample = readFileSync(new URL("testing/nppes-first10.csv", import.meta.url), "latin1");
    const [header = [], ...records] = sample
      .split("\n")
      .filter(Boolean)
      .map((line) => splitLatin1Fields(line) as string[]);
    const column = (name: string) => header.indexOf(name);
    const asAcupuncturist = [...(records[0] ?? [])];
    asAcupuncturist[column("Healthcare Provider Taxonomy Code_2")] = "171100000X";
    asAcupuncturist[column("Provider License Number_2")] = "AC-77";
    asAcupuncturist[column("Provider License Number State Code_2")] = "NE";
    const file = folder.file("nppes.csv", toCsv([header, ...records, asAcupuncturist]));
    const summary = await importFile(file);
    expect(summary).toMatchObject({
      format: "nppes",
      rowsRead: 11,
      rowsPassedOver: 10,
      rowsInserted: 1,
    });
    const unknownZip = [...asAcupuncturist];
    unknownZip[column("Provider Business Practice Location Address Postal Code")] = "999990000";
    const again = await importFile(
      folder.file("nppes-2.csv", toCsv([header, ...records, unknownZip])),
    );
    expect(again).toMatchObject({
      rowsPassedOver: 10,
      rowsInserted: 0,
      rowsUpdated: 0,
      rowsRejected: 1,
    });
    const stored = await database.db
      .selectFrom("practitioner_profiles")
      .selectAll()
      .where("npi", "=", "1679576722")
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      display_name: "DAVID A WIEBE, M.D.",
      origin: "import",
      npi_verification_source: "import",
      npi_verified_by_name: "NPPES",
      npi_verified_at: "2007-07-08T00:00:00.000Z",
      latitude: 40.725,
    });
    expect(JSON.parse(stored.taxonomy_codes)).toEqual(["207X00000X", "171100000X"]);
  });
});
