import { toCsv, type CsvCell } from "@painplan/core";
import { writeFile } from "node:fs/promises";

export type ReportedProblem = {
  line: number;
  record_key: string | null;
  column_name: string | null;
  message: string;
};

export const reportColumns = ["line", "key", "column", "problem"] as const;

/**
 * The per-row report: one line per problem, in file order (line 0: the file as a whole), as
 * RFC 4180 CSV with a UTF-8 byte order mark so spreadsheet programs read names right. The keys
 * and column names let the person fix the file and import it again: rows already imported are
 * updated in place, not doubled.
 */
export async function writeImportReport(
  file: string,
  problems: readonly ReportedProblem[],
): Promise<void> {
  const rows: CsvCell[][] = [
    [...reportColumns],
    ...problems.map((problem) => [
      problem.line,
      problem.record_key?.replace(/^(npi|id):/, "") ?? "",
      problem.column_name ?? "",
      problem.message,
    ]),
  ];
  await writeFile(file, `\uFEFF${toCsv(rows)}`, { encoding: "utf8", mode: 0o600 });
}
