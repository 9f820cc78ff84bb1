import { nuccTaxonomyRows } from "@painplan/core";
import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  nuccCsvName,
  nuccKeptColumns,
  nuccRowsOf,
  nuccTaxonomyModule,
} from "./nucc-taxonomy-module.js";

const directory = new URL("../../../core/src/directory/", import.meta.url);
const csv = readFileSync(new URL(`data/${nuccCsvName}`, directory), "utf8");

describe("the NUCC taxonomy shipped in core", () => {
  it("is, byte for byte, what `npm run generate:nucc` makes from the CSV", () => {
    const committed = readFileSync(new URL("nucc-taxonomy.data.ts", directory), "utf8");
    // On failure: run `npm run generate:nucc` and commit the CSV and the table together.
    expect(committed === nuccTaxonomyModule(csv), "nucc-taxonomy.data.ts is out of date").toBe(
      true,
    );
  });

  it("holds every row of the CSV, read with csv-parse (not the generator's own reader)", () => {
    const records = parse<Record<string, string>>(csv, { columns: true, bom: true });
    expect(records).toHaveLength(868);
    const expected = records.map((record) => nuccKeptColumns.map((name) => record[name]));
    expect(nuccTaxonomyRows.map((row) => [...row])).toEqual(expected);
  });
});

describe("the generator's reading of a CSV", () => {
  it("finds the columns by name and keeps quoted commas, quotes and line breaks", () => {
    const text = [
      "Section,Display Name,Code,Grouping,Classification,Specialization,Definition,Notes",
      'Individual,"Therapist, ""Massage""",225700000X,Group,"Massage\r\nTherapy",,"A, B",',
      "",
    ].join("\r\n");
    expect(nuccRowsOf(text)).toEqual([
      ["225700000X", "Group", "Massage\r\nTherapy", "", 'Therapist, "Massage"', "Individual"],
    ]);
  });

  it("refuses a file without a kept column, or a row of the wrong width", () => {
    expect(() => nuccRowsOf("Code,Grouping\n1,2\n")).toThrow(/no "Classification" column/);
    const header = "Code,Grouping,Classification,Specialization,Display Name,Section";
    expect(() => nuccRowsOf(`${header}\n1,2,3\n`)).toThrow(/row 2: 3 fields/);
  });
});
