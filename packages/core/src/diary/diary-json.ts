import type { DiaryExport, PainEntry } from "./diary.schema.js";

/** Everything of the JSON export but its entries. */
export type DiaryExportHead = Omit<DiaryExport, "entries">;

const emptyEntriesEnd = "[]\n}";

/**
 * The JSON export (`JSON.stringify(document, null, 2)`) in pieces, so the server can send it
 * page by page: `opening`, then `entry(entry, index)` for each entry in order, then
 * `closing(count)`. Joined, the pieces are byte for byte the whole document stringified at once
 * (2-space indent; an entry sits 4 spaces deep, and JSON text has no raw line breaks inside
 * strings, so indenting each line of the entry's own stringification is exact).
 */
export function diaryJsonPieces(head: DiaryExportHead) {
  const whole = JSON.stringify({ ...head, entries: [] }, null, 2);
  if (!whole.endsWith(emptyEntriesEnd)) throw new Error("entries must be the last field");
  return {
    opening: whole.slice(0, -emptyEntriesEnd.length) + "[",
    entry: (entry: PainEntry, index: number): string =>
      (index === 0 ? "\n" : ",\n") +
      JSON.stringify(entry, null, 2)
        .split("\n")
        .map((line) => `    ${line}`)
        .join("\n"),
    closing: (count: number): string => (count === 0 ? "]\n}" : "\n  ]\n}"),
  };
}
