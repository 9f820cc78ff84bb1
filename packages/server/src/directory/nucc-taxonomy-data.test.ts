import { nuccTaxonomyRows } from "@painplan/core";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** RFC 4180 rows (quoted fields with "" escapes, CRLF or LF). Enough for the NUCC file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let isQuoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? "";
    if (isQuoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') isQuoted = false;
      else field += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe("the NUCC taxonomy shipped in core", () => {
  it("is exactly the CSV copied from the NUCC file (version 22.0), row by row", () => {
    const csv = readFileSync(
      new URL("../../../core/src/directory/data/nucc_taxonomy_220.csv", import.meta.url),
      "utf8",
    );
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([
      "Code",
      "Grouping",
      "Classification",
      "Specialization",
      "Definition",
      "Notes",
      "Display Name",
      "Section",
    ]);
    const expected = rows.map((cells) => [
      cells[0],
      cells[1],
      cells[2],
      cells[3],
      cells[6],
      cells[7],
    ]);
    expect(nuccTaxonomyRows.map((row) => [...row])).toEqual(expected);
  });
});
