import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { physicalLines } from "./import-lines.js";
import {
  csvRecords,
  type CsvRecord,
  type CsvRecordError,
  type CsvRecordPassedOver,
} from "./import-records.js";

async function* chunksOf(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) {
    yield await Promise.resolve(bytes.subarray(at, at + size));
  }
}

async function read(
  input: string | Buffer,
  chunkSize = 7,
): Promise<(CsvRecord | CsvRecordError | CsvRecordPassedOver)[]> {
  const bytes = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  const items: (CsvRecord | CsvRecordError | CsvRecordPassedOver)[] = [];
  for await (const item of csvRecords(physicalLines(chunksOf(bytes, chunkSize)))) items.push(item);
  return items;
}

const summary = (items: readonly (CsvRecord | CsvRecordError | CsvRecordPassedOver)[]) =>
  items.map((item) =>
    item.kind === "record"
      ? [item.line, item.fields]
      : item.kind === "error"
        ? [item.line, item.code, item.column]
        : [item.line, "passed over"],
  );

describe("csv records", () => {
  it("reads CRLF, LF and lone CR line endings mixed in one file, with chunk edges anywhere", async () => {
    const input = "a,b\r\n1,2\n3,4\r5,6\r\n7,8";
    for (const size of [1, 2, 3, 5, 64]) {
      expect(summary(await read(input, size))).toEqual([
        [1, ["a", "b"]],
        [2, ["1", "2"]],
        [3, ["3", "4"]],
        [4, ["5", "6"]],
        [5, ["7", "8"]],
      ]);
    }
  });

  it("keeps line breaks and doubled quotes inside quoted fields, and the line they start on", async () => {
    const items = await read('a,b\n"x\r\ny","say ""hi"""\n"",z\n');
    expect(summary(items)).toEqual([
      [1, ["a", "b"]],
      [2, ["x\r\ny", 'say "hi"']],
      [4, ["", "z"]],
    ]);
    expect(items[1]).toMatchObject({ lastLine: 3 });
  });

  it("skips a byte order mark and blank lines", async () => {
    expect(summary(await read("\uFEFFa,b\n\n1,2\n\r\n"))).toEqual([
      [1, ["a", "b"]],
      [3, ["1", "2"]],
    ]);
  });

  it("reports an unclosed quote on its line and reads every line after it", async () => {
    expect(summary(await read('a,b\n1,"2\n3,4\n5,6\n'))).toEqual([
      [1, ["a", "b"]],
      [2, "unclosed-quote", 2],
      [3, ["3", "4"]],
      [4, ["5", "6"]],
    ]);
  });

  it("reports a stray quote and text after a closing quote, then goes on", async () => {
    expect(summary(await read('a,b\n1,x"y\n3,"4"z\n5,6\n'))).toEqual([
      [1, ["a", "b"]],
      [2, "stray-quote", 2],
      [3, "text-after-quote", 2],
      [4, ["5", "6"]],
    ]);
  });

  it("two stray quotes that pair up across lines cost only their own lines", async () => {
    expect(summary(await read('a,b\n1,x"y\n3,z"w\n5,6\n'))).toEqual([
      [1, ["a", "b"]],
      [2, "stray-quote", 2],
      [3, "stray-quote", 2],
      [4, ["5", "6"]],
    ]);
  });

  it("names the column whose bytes are not UTF-8 (a Latin-1 export), and keeps the rest", async () => {
    const bytes = Buffer.concat([
      Buffer.from("a,b\n1,caf"),
      Buffer.from([0xe9]),
      Buffer.from('\n"Zo\u00eb, \u65e5\u672c",2\n', "utf8"),
    ]);
    expect(summary(await read(bytes, 3))).toEqual([
      [1, ["a", "b"]],
      [2, "not-utf8", 2],
      [3, ["Zo\u00eb, \u65e5\u672c", "2"]],
    ]);
  });

  it("gives each record the byte offset where reading resumes", async () => {
    const input = "a,b\r\n1,2\n3,4";
    const items = await read(input);
    expect(items.map((item) => item.end)).toEqual([5, 9, 12]);
  });

  it("reads the NPPES sample: 329 quoted columns, 10 records", async () => {
    const bytes = readFileSync(new URL("testing/nppes-first10.csv", import.meta.url));
    const items = await read(bytes, 4096);
    expect(items).toHaveLength(11);
    expect(items.every((item) => item.kind === "record" && item.fields.length === 329)).toBe(true);
    expect(items[1]).toMatchObject({ fields: expect.arrayContaining(["1679576722"]) as unknown });
  });

  it("agrees with csv-parse on any well-formed file, whatever the line endings", async () => {
    const field = fc.string({
      unit: fc.constantFrom("a", "Z", " ", ",", '"', "\n", "\r", "\u00e9", "\u65e5", "\u{1F600}"),
      maxLength: 8,
    });
    const row = fc.array(field, { minLength: 2, maxLength: 5 });
    const quoted = (value: string) =>
      /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(row, fc.constantFrom("\r\n", "\n", "\r")), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.integer({ min: 1, max: 16 }),
        async (rows, chunkSize) => {
          const text = rows
            .map(([fields, ending]) => fields.map(quoted).join(",") + ending)
            .join("");
          const reference = rows.map(([fields]) => fields);
          const ours = (await read(text, chunkSize)).map((item) =>
            item.kind === "record" ? item.fields : item.kind,
          );
          expect(ours).toEqual(reference);
          // csv-parse takes one record delimiter per file; check it on the CRLF form.
          const crlf = rows.map(([fields]) => fields.map(quoted).join(",") + "\r\n").join("");
          expect(parse(crlf, { record_delimiter: "\r\n", relax_column_count: true })).toEqual(
            reference,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
