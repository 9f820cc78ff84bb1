/**
 * Directory import (issue 13): `painplan import-directory` on a synthetic file of 100,000
 * practitioners (our CSV columns, fixed seed), in rows per second, against a baseline in the
 * same run: a raw batched insert of the same rows, already parsed and checked, straight into
 * practitioner_profiles and practitioner_licences (1,000 rows per transaction), i.e. what the
 * database costs before any reading, checking, staging or resume bookkeeping. Then a re-import
 * of the same file (every row an update). SQLite, and PostgreSQL when a URL is given.
 *
 *   npx tsc -b packages/core packages/server && node --import tsx bench/directory-import.ts
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test … (PostgreSQL too)
 *   BENCH_IMPORT_ROWS=20000 … (a smaller file)
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { OpenDatabase } from "../packages/server/src/database/database.js";
import { openPostgres } from "../packages/server/src/database/postgres.js";
import { openSqlite } from "../packages/server/src/database/sqlite.js";
import { splitLatin1Fields } from "../packages/server/src/directory/import-fields.js";
import {
  readCsvHeader,
  type CsvHeader,
} from "../packages/server/src/directory/import-csv-columns.js";
import { readCsvRow } from "../packages/server/src/directory/import-csv-row.js";
import {
  checkImportedProfile,
  type ImportedProfile,
} from "../packages/server/src/directory/import-profile.js";
import { directoryReference } from "../packages/server/src/directory/import-reference.js";
import { importDirectoryFile } from "../packages/server/src/directory/import.service.js";
import { profileColumns } from "../packages/server/src/directory/practitioner-rows.js";
import { writeSyntheticDirectory } from "../packages/server/src/directory/synthetic-directory.command.js";
import { systemClock } from "../packages/server/src/system/clock.js";
import { randomIds } from "../packages/server/src/system/ids.js";
import { createThrowawayDatabase } from "./lib/throwaway-postgres.js";

const rowCount = Number(process.env["BENCH_IMPORT_ROWS"] ?? "100000");
const batchSize = 1000;

/** The file's rows parsed and checked in memory, outside any timing, for the baseline. */
function checkedRows(file: string): ImportedProfile[] {
  const [headerLine = "", ...lines] = readFileSync(file, "latin1").split("\r\n").filter(Boolean);
  const header = readCsvHeader(splitLatin1Fields(headerLine) as string[]) as CsvHeader;
  return lines.map((line) => {
    const fields = splitLatin1Fields(Buffer.from(line, "latin1").toString("utf8")) as string[];
    const practitioner = readCsvRow(fields, header, directoryReference);
    if (Array.isArray(practitioner))
      throw new Error(`Synthetic row refused: ${JSON.stringify(practitioner)}`);
    const profile = checkImportedProfile(practitioner);
    if (Array.isArray(profile))
      throw new Error(`Synthetic profile refused: ${JSON.stringify(profile)}`);
    return profile;
  });
}

async function rawBatchedInsert(
  open: OpenDatabase,
  profiles: readonly ImportedProfile[],
): Promise<number> {
  const at = new Date().toISOString();
  const started = performance.now();
  for (let start = 0; start < profiles.length; start += batchSize) {
    await open.db.transaction().execute(async (trx) => {
      const page = profiles.slice(start, start + batchSize);
      const rows = page.map(({ values, imported }) => ({
        ...profileColumns(values, imported.location),
        id: randomUUID(),
        user_id: null,
        external_id: `baseline:${imported.externalId ?? ""}`,
        origin: "synthetic" as const,
        is_fictional: 1,
        created_at: at,
        updated_at: at,
      }));
      for (let index = 0; index < rows.length; index += 200) {
        await trx
          .insertInto("practitioner_profiles")
          .values(rows.slice(index, index + 200))
          .execute();
      }
      const licences = rows.flatMap((row, index) =>
        (page[index]?.values.licences ?? []).map((licence, position) => ({
          id: randomUUID(),
          profile_id: row.id,
          position,
          number: licence.number,
          issuer: licence.issuer,
          expires_on: licence.expiresOn,
        })),
      );
      for (let index = 0; index < licences.length; index += 500) {
        await trx
          .insertInto("practitioner_licences")
          .values(licences.slice(index, index + 500))
          .execute();
      }
    });
  }
  return (performance.now() - started) / 1000;
}

async function timedImport(open: OpenDatabase, file: string, reportFile: string) {
  const started = performance.now();
  const summary = await importDirectoryFile(
    { db: open.db, clock: systemClock, ids: randomIds, reference: directoryReference },
    { file, format: "csv", isDryRun: false, reportFile, batchSize },
  );
  return { seconds: (performance.now() - started) / 1000, summary };
}

async function benchDatabase(
  name: string,
  makeOpen: () => OpenDatabase,
  file: string,
  folder: string,
) {
  const profiles = checkedRows(file);
  const baselineDatabase = makeOpen();
  await baselineDatabase.migrate();
  const baselineSeconds = await rawBatchedInsert(baselineDatabase, profiles);
  await baselineDatabase.db.deleteFrom("practitioner_profiles").execute();
  await baselineDatabase.close();
  const open = makeOpen();
  try {
    await open.migrate();
    const first = await timedImport(open, file, path.join(folder, `${name}-report.csv`));
    const again = await timedImport(open, file, path.join(folder, `${name}-report-2.csv`));
    if (first.summary.rowsInserted !== rowCount || again.summary.rowsUpdated !== rowCount) {
      throw new Error(`Unexpected counts: ${JSON.stringify([first.summary, again.summary])}`);
    }
    return { name, baselineSeconds, first: first.seconds, again: again.seconds };
  } finally {
    await open.close();
  }
}

const perSecond = (seconds: number) => Math.round(rowCount / seconds).toLocaleString("en");

function header(generateSeconds: number): string[] {
  return [
    `Directory import: ${rowCount.toLocaleString("en")} synthetic rows (generated in ${generateSeconds.toFixed(1)} s), batches of ${batchSize}`,
    "",
    "| database | raw batched insert rows/s (baseline) | import rows/s | × baseline | re-import (updates) rows/s | × baseline |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
}

function resultLine(row: Awaited<ReturnType<typeof benchDatabase>> | undefined): string {
  if (row === undefined) return "";
  return `| ${row.name} | ${perSecond(row.baselineSeconds)} | ${perSecond(row.first)} | ${(row.baselineSeconds / row.first).toFixed(2)} | ${perSecond(row.again)} | ${(row.baselineSeconds / row.again).toFixed(2)} |`;
}

const folder = mkdtempSync(path.join(tmpdir(), "painplan-bench-import-"));
const results: Awaited<ReturnType<typeof benchDatabase>>[] = [];
try {
  const file = path.join(folder, "synthetic.csv");
  const generated = performance.now();
  await writeSyntheticDirectory(file, rowCount, 1);
  const generateSeconds = (performance.now() - generated) / 1000;
  process.stdout.write(`${header(generateSeconds).join("\n")}\n`);
  results.push(
    await benchDatabase("SQLite", () => openSqlite(path.join(folder, "sqlite")), file, folder),
  );
  process.stdout.write(`${resultLine(results.at(-1))}\n`);
  rmSync(path.join(folder, "sqlite"), { recursive: true, force: true });
  const serverUrl = process.env["BENCH_DATABASE_URL"] ?? process.env["TEST_DATABASE_URL"];
  if (serverUrl !== undefined) {
    const throwaway = await createThrowawayDatabase(serverUrl);
    try {
      results.push(
        await benchDatabase("PostgreSQL", () => openPostgres(throwaway.url), file, folder),
      );
      process.stdout.write(`${resultLine(results.at(-1))}\n`);
    } finally {
      await throwaway.drop();
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
