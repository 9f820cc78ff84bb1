import {
  countQuotes,
  decodeFields,
  isCsvProblem,
  splitLatin1Fields,
  type CsvProblem,
} from "./import-fields.js";
import type { PhysicalLine } from "./import-lines.js";

/**
 * CSV records from physical lines, recovering from broken quoting so that one bad record never
 * takes good ones with it. A record is one line, or several when a quoted field holds line breaks
 * (at most `maxLines` lines and `maxBytes` bytes). When the quotes of a record never balance, or
 * a multi-line record turns out malformed, only its first line is reported and reading starts
 * again on the next line: the lines after a stray quote are read as records of their own.
 * (csv-parse, the usual library, cannot do this: after an unclosed quote it reads to the end of
 * the file, and it is ~15x slower per record here; it is the reference in the tests instead.)
 */
export type CsvRecord = {
  kind: "record";
  /** Line numbers of the record's first and last line (equal unless a field holds line breaks). */
  line: number;
  lastLine: number;
  fields: string[];
  /** Byte offset just after the record: where reading resumes. */
  end: number;
};

export type CsvRecordError = {
  kind: "error";
  line: number;
  lastLine: number;
  end: number;
} & CsvProblem;

export type CsvLimits = { maxLines: number; maxBytes: number };

export const defaultCsvLimits: CsvLimits = { maxLines: 32, maxBytes: 64 * 1024 };

type Group = { lines: PhysicalLine[]; quotes: number; bytes: number };

function recordText(lines: readonly PhysicalLine[]): string {
  let text = "";
  for (const [index, line] of lines.entries()) {
    text += index === lines.length - 1 ? line.text : line.text + line.ending;
  }
  return text;
}

function problemAt(line: PhysicalLine, problem: CsvProblem): CsvRecordError {
  return { kind: "error", line: line.number, lastLine: line.number, end: line.end, ...problem };
}

/** What is wrong with a line whose quotes never balance: a stray quote, or an unclosed field. */
function firstLineProblem(line: PhysicalLine): CsvProblem {
  const split = splitLatin1Fields(line.text);
  if (isCsvProblem(split)) return split;
  return { code: "unclosed-quote", message: "a quoted field is never closed" };
}

/** A record passed over unread because `isWanted` said no to its raw text (see import-nppes.ts). */
export type CsvRecordPassedOver = {
  kind: "passed-over";
  line: number;
  lastLine: number;
  end: number;
};

export async function* csvRecords(
  lines: AsyncIterable<PhysicalLine>,
  limits: CsvLimits = defaultCsvLimits,
  isWanted: (rawText: string) => boolean = () => true,
): AsyncGenerator<CsvRecord | CsvRecordError | CsvRecordPassedOver> {
  const source = lines[Symbol.asyncIterator]();
  const pushedBack: PhysicalLine[] = [];
  const next = async (): Promise<PhysicalLine | undefined> => {
    const again = pushedBack.shift();
    if (again !== undefined) return again;
    const read = await source.next();
    return read.done === true ? undefined : read.value;
  };
  for (let first = await next(); first !== undefined; first = await next()) {
    if (first.text === "") continue;
    const group: Group = {
      lines: [first],
      quotes: countQuotes(first.text),
      bytes: first.text.length,
    };
    while (group.quotes % 2 === 1 && group.lines.length < limits.maxLines) {
      if (group.bytes > limits.maxBytes) break;
      const line = await next();
      if (line === undefined) break;
      group.lines.push(line);
      group.quotes += countQuotes(line.text);
      group.bytes += line.text.length + line.ending.length;
    }
    const last = group.lines[group.lines.length - 1] ?? first;
    if (group.quotes % 2 === 1) {
      pushedBack.unshift(...group.lines.slice(1));
      yield problemAt(first, firstLineProblem(first));
      continue;
    }
    if (group.bytes > limits.maxBytes) {
      yield {
        ...problemAt(last, {
          code: "record-too-long",
          message: `a record over ${limits.maxBytes} bytes`,
        }),
        line: first.number,
      };
      continue;
    }
    const text = recordText(group.lines);
    if (!isWanted(text)) {
      yield { kind: "passed-over", line: first.number, lastLine: last.number, end: last.end };
      continue;
    }
    const split = splitLatin1Fields(text);
    if (isCsvProblem(split)) {
      pushedBack.unshift(...group.lines.slice(1));
      yield problemAt(first, split);
      continue;
    }
    const fields = decodeFields(split);
    if (isCsvProblem(fields)) {
      yield { ...problemAt(last, fields), line: first.number };
      continue;
    }
    yield { kind: "record", line: first.number, lastLine: last.number, fields, end: last.end };
  }
}
