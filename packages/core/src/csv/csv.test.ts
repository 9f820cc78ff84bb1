import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.js";

describe("toCsv (RFC 4180)", () => {
  it("ends every record with CRLF and leaves plain fields unquoted", () => {
    expect(
      toCsv([
        ["a", 1, null],
        ["b", 0, "c"],
      ]),
    ).toBe("a,1,\r\nb,0,c\r\n");
  });

  it("quotes fields with commas, quotes, CR or LF and doubles inner quotes", () => {
    expect(toCsv([["x, y", 'say "hi"', "line 1\nline 2", "cr\rhere", "crlf\r\nend"]])).toBe(
      '"x, y","say ""hi""","line 1\nline 2","cr\rhere","crlf\r\nend"\r\n',
    );
  });

  it("keeps non-ASCII text as it is", () => {
    expect(toCsv([["brûlure", "痛み", "😣"]])).toBe("brûlure,痛み,😣\r\n");
  });

  it("writes nothing for no rows", () => {
    expect(toCsv([])).toBe("");
  });
});

/** A strict RFC 4180 reader, written here only to check the writer against. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let index = 0;
  while (index < text.length) {
    if (text[index] === '"') {
      const end = text.indexOf('"', index + 1);
      if (end === -1) throw new Error("unterminated quoted field");
      if (text[end + 1] === '"') {
        field += text.slice(index + 1, end + 1);
        index = end + 1;
        continue;
      }
      field += text.slice(index + 1, end);
      index = end + 1;
    } else if (text[index] === ",") {
      row.push(field);
      field = "";
      index += 1;
    } else if (text.startsWith("\r\n", index)) {
      rows.push([...row, field]);
      row = [];
      field = "";
      index += 2;
    } else {
      field += text.charAt(index);
      index += 1;
    }
  }
  return rows;
}

describe("toCsv (property)", () => {
  it("reads back exactly what it wrote, whatever the text", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "é", "痛", ",", '"', "\r", "\n", " ") });
    const table = fc
      .integer({ min: 1, max: 4 })
      .chain((width) =>
        fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1 }),
      );
    fc.assert(
      fc.property(table, (rows) => {
        expect(parseCsv(toCsv(rows))).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });
});
