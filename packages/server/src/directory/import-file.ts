import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { readCsvHeader, type CsvHeader } from "./import-csv-columns.js";
import { physicalLines, type LinePosition } from "./import-lines.js";
import {
  looksLikeNppes,
  mayHoldKeptTaxonomy,
  readNppesHeader,
  type NppesHeader,
} from "./import-nppes.js";
import { csvRecords } from "./import-records.js";

export type ImportFormat = "csv" | "nppes";
export type ImportHeader = CsvHeader | NppesHeader;

/** Why a whole file is refused (not a row): a missing file, wrong columns, no header. */
export class ImportFileRefused extends Error {}

const mebibyte = 1024 * 1024;

/**
 * What identifies a file for resuming: its size and the SHA-256 of its first and last MiB.
 * Reading the whole of a 9 GB NPPES file twice only to name it would double the import's I/O;
 * a file edited in its middle with the same size is the one case this does not see.
 */
export async function fileFingerprint(
  file: string,
): Promise<{ bytes: number; fingerprint: string }> {
  const { size } = await stat(file);
  const handle = await open(file, "r");
  try {
    const hash = createHash("sha256");
    const head = Buffer.alloc(Math.min(size, mebibyte));
    await handle.read(head, 0, head.length, 0);
    hash.update(head);
    if (size > mebibyte) {
      const tail = Buffer.alloc(Math.min(size - mebibyte, mebibyte));
      await handle.read(tail, 0, tail.length, size - tail.length);
      hash.update(tail);
    }
    return { bytes: size, fingerprint: `${size}:${hash.digest("hex")}` };
  } finally {
    await handle.close();
  }
}

function recordsFrom(file: string, from: LinePosition, isWanted?: (text: string) => boolean) {
  const stream = createReadStream(file, { start: from.offset, highWaterMark: 256 * 1024 });
  return { stream, records: csvRecords(physicalLines(stream, from), undefined, isWanted) };
}

/** The file's header: which format it is, where each column is, and where the rows start. */
export async function readImportHeader(
  file: string,
  format: ImportFormat | "auto",
): Promise<{ header: ImportHeader; rowsStart: LinePosition }> {
  const { stream, records } = recordsFrom(file, { line: 1, offset: 0 });
  try {
    const first = await records.next();
    if (first.done === true)
      throw new ImportFileRefused("The file is empty: it needs a header line.");
    const item = first.value;
    if (item.kind !== "record") {
      throw new ImportFileRefused(
        `The header line cannot be read: ${"message" in item ? item.message : "empty"}.`,
      );
    }
    const isNppes = format === "nppes" || (format === "auto" && looksLikeNppes(item.fields));
    const header = isNppes ? readNppesHeader(item.fields) : readCsvHeader(item.fields);
    if ("refused" in header) throw new ImportFileRefused(header.refused);
    return { header, rowsStart: { line: item.lastLine + 1, offset: item.end } };
  } finally {
    stream.destroy();
  }
}

/** The file's records from a line boundary on (NPPES: rows without a kept code are not split). */
export function importRecords(file: string, header: ImportHeader, from: LinePosition) {
  return recordsFrom(file, from, header.format === "nppes" ? mayHoldKeptTaxonomy : undefined);
}
