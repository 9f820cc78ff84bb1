/**
 * The fields of one CSV record per RFC 4180 (comma-separated; a field in double quotes may hold
 * commas, line breaks and doubled quotes). The record's text is latin1, one character per byte
 * (import-lines.ts): quotes and commas are ASCII, so splitting before decoding is exact, and each
 * field is then decoded as UTF-8 on its own, which names the column that holds bad bytes.
 */
export const csvProblemCodes = [
  "unclosed-quote",
  "stray-quote",
  "text-after-quote",
  "not-utf8",
  "record-too-long",
] as const;
export type CsvProblemCode = (typeof csvProblemCodes)[number];

export type CsvProblem = { code: CsvProblemCode; message: string; column?: number };

const quote = 34;
const comma = 44;
const utf8 = new TextDecoder("utf-8", { fatal: true });
const nonAscii = /[\u0080-\uffff]/;

function quotedField(text: string, open: number): { value: string; next: number } | CsvProblem {
  let value = "";
  let from = open + 1;
  for (;;) {
    const close = text.indexOf('"', from);
    if (close < 0) return { code: "unclosed-quote", message: "a quoted field is never closed" };
    value += text.slice(from, close);
    if (text.charCodeAt(close + 1) === quote) {
      value += '"';
      from = close + 2;
      continue;
    }
    return { value, next: close + 1 };
  }
}

/** Splits one record's latin1 text into fields, or says what is wrong with its quoting. */
export function splitLatin1Fields(text: string): string[] | CsvProblem {
  const fields: string[] = [];
  let at = 0;
  for (;;) {
    const column = fields.length + 1;
    if (text.charCodeAt(at) === quote) {
      const quoted = quotedField(text, at);
      if ("code" in quoted) return { ...quoted, column };
      fields.push(quoted.value);
      if (quoted.next === text.length) return fields;
      if (text.charCodeAt(quoted.next) !== comma) {
        return {
          code: "text-after-quote",
          message:
            "text follows the closing quote of a field (a quote inside a field is written twice)",
          column,
        };
      }
      at = quoted.next + 1;
      continue;
    }
    const nextComma = text.indexOf(",", at);
    const end = nextComma < 0 ? text.length : nextComma;
    const value = text.slice(at, end);
    if (value.includes('"')) {
      return {
        code: "stray-quote",
        message: "a quote inside a field that does not start with one (quote the whole field)",
        column,
      };
    }
    fields.push(value);
    if (nextComma < 0) return fields;
    at = nextComma + 1;
  }
}

/** Decodes each field from UTF-8, or names the first column whose bytes are not UTF-8. */
export function decodeFields(latin1Fields: readonly string[]): string[] | CsvProblem {
  const decoded: string[] = [];
  for (const [index, field] of latin1Fields.entries()) {
    if (!nonAscii.test(field)) {
      decoded.push(field);
      continue;
    }
    try {
      decoded.push(utf8.decode(Buffer.from(field, "latin1")));
    } catch {
      return {
        code: "not-utf8",
        message: "bytes that are not UTF-8 (save the file as UTF-8)",
        column: index + 1,
      };
    }
  }
  return decoded;
}

/** Number of double quotes in a line; an odd running total means a quoted field is still open. */
export function countQuotes(text: string): number {
  let count = 0;
  for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at + 1)) count += 1;
  return count;
}

export function isCsvProblem(value: string[] | CsvProblem): value is CsvProblem {
  return !Array.isArray(value);
}
