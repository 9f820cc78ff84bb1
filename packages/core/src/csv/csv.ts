/** One CSV field: text, a number, or nothing (an empty field). */
export type CsvCell = string | number | null;

const needsQuotes = /[",\r\n]/;

function field(cell: CsvCell): string {
  if (cell === null) return "";
  const text = String(cell);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV per RFC 4180: fields holding a comma, quote, CR or LF are quoted, quotes inside are
 * doubled, records end with CRLF. Text is kept as given (UTF-8 when sent); the byte order mark
 * is left to the caller.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(field).join(",") + "\r\n").join("");
}
