import { toCsv } from "@painplan/core";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import type { CsvColumnName } from "../import-csv-columns.js";

export type CsvRow = Partial<Record<CsvColumnName, string>>;

/** A folder of import files for one test file, removed after its last test. */
export function useImportFolder() {
  const folder = mkdtempSync(path.join(tmpdir(), "painplan-import-"));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });
  let count = 0;
  const place = (name: string) => path.join(folder, `${(count += 1)}-${name}`);
  return {
    place,
    /** Writes raw bytes or text as a file and returns its path. */
    file(name: string, content: string | Buffer): string {
      const file = place(name);
      writeFileSync(file, content);
      return file;
    },
    /** Our CSV format from rows of named cells (columns: the union of the rows' names). */
    csv(name: string, rows: readonly CsvRow[], ending = "\r\n"): string {
      const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))] as CsvColumnName[];
      const text = toCsv([
        columns,
        ...rows.map((row) => columns.map((column) => row[column] ?? "")),
      ]);
      return this.file(name, ending === "\r\n" ? text : text.replaceAll("\r\n", ending));
    },
  };
}

/** A valid practitioner row of our CSV format; `n` makes the external id and name unique. */
export function aCsvRow(n: number, changes: CsvRow = {}): CsvRow {
  return {
    external_id: `test:${n}`,
    npi: "",
    name: `Practitioner ${n}`,
    modalities: "swedish-massage",
    taxonomy_codes: "225700000X",
    licences: `NY|MT-${n}|2027-06-30`,
    address_line1: `${n} Main St`,
    city: "Albany",
    region: "NY",
    postal_code: "12207",
    currency: "USD",
    price_60: "80",
    accepting_new_clients: "yes",
    verified_on: "2026-10-01",
    verified_by: "NY Office of the Professions",
    ...changes,
  };
}
