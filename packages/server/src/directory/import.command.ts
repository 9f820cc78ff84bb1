import path from "node:path";
import { openDatabase } from "../database/database.js";
import { systemClock } from "../system/clock.js";
import type { ServerConfig } from "../system/config.js";
import { randomIds } from "../system/ids.js";
import { ImportFileRefused, type ImportFormat } from "./import-file.js";
import { progressPrinter } from "./import-progress.js";
import { directoryReference } from "./import-reference.js";
import {
  abandonUnfinishedImport,
  importDirectoryFile,
  ImportInterrupted,
  type ImportSummary,
} from "./import.service.js";

export type ImportCommandOptions = {
  format?: string | undefined;
  "dry-run"?: boolean | undefined;
  report?: string | undefined;
  "batch-size"?: string | undefined;
  abandon?: boolean | undefined;
};

const formats = ["auto", "csv", "nppes"] as const;

function batchSizeOf(text: string | undefined): number {
  if (text === undefined) return 1000;
  const size = Number(text);
  if (!Number.isInteger(size) || size < 1 || size > 100_000) {
    throw new ImportFileRefused("--batch-size is a whole number of rows from 1 to 100000.");
  }
  return size;
}

function describe(summary: ImportSummary, reportFile: string): string[] {
  const lines = [
    `${summary.isDryRun ? "Dry run (nothing changed)" : "Imported"} ${summary.format === "nppes" ? "an NPPES file" : "a PainPlan CSV file"}: ` +
      `${summary.rowsRead.toLocaleString("en-US")} rows read.`,
    summary.isDryRun
      ? `Would add ${summary.rowsInserted} and update ${summary.rowsUpdated} practitioners.`
      : `Added ${summary.rowsInserted} and updated ${summary.rowsUpdated} practitioners.`,
  ];
  if (summary.resumedAtLine !== null)
    lines.push(`(Resumed an unfinished import at line ${summary.resumedAtLine}.)`);
  if (summary.rowsPassedOver > 0) {
    lines.push(
      `${summary.rowsPassedOver} rows passed over (not a massage therapist or acupuncturist, or a deactivated NPI).`,
    );
  }
  lines.push(
    summary.problems === 0
      ? "No row was refused."
      : `${summary.rowsRejected} rows refused; ${summary.problems} problems listed in ${reportFile}. Fix them and import the file again: rows already imported are updated, not doubled.`,
  );
  return lines;
}

/** `painplan import-directory FILE [--format csv|nppes] [--dry-run] [--report FILE] [--batch-size N]`, `--abandon`. */
export async function importDirectoryCommand(
  config: ServerConfig,
  file: string | undefined,
  options: ImportCommandOptions,
  say: (line: string) => void,
): Promise<void> {
  const database = openDatabase(config.database);
  try {
    await database.migrate();
    if (options.abandon === true) {
      const run = await abandonUnfinishedImport({ db: database.db, clock: systemClock });
      say(
        run === undefined
          ? "No import is unfinished."
          : `Dropped the unfinished import of ${run.file_name}; nothing of it reached the directory.`,
      );
      return;
    }
    if (file === undefined || file === "")
      throw new ImportFileRefused(
        "Usage: painplan import-directory FILE [--dry-run] [--report FILE]",
      );
    const format = options.format ?? "auto";
    if (!(formats as readonly string[]).includes(format))
      throw new ImportFileRefused("--format is csv or nppes.");
    const source = path.resolve(file);
    const reportFile = path.resolve(options.report ?? `directory-import-report.csv`);
    const controller = new AbortController();
    const stop = () => {
      say("\nStopping after this batch; import the same file again to go on.");
      controller.abort();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    try {
      const summary = await importDirectoryFile(
        { db: database.db, clock: systemClock, ids: randomIds, reference: directoryReference },
        {
          file: source,
          format: format as ImportFormat | "auto",
          isDryRun: options["dry-run"] === true,
          reportFile,
          batchSize: batchSizeOf(options["batch-size"]),
          signal: controller.signal,
          onProgress: progressPrinter(process.stderr),
        },
      );
      describe(summary, reportFile).forEach(say);
    } finally {
      process.removeListener("SIGINT", stop);
      process.removeListener("SIGTERM", stop);
    }
  } catch (error) {
    if (error instanceof ImportInterrupted) {
      say(error.message);
      process.exitCode = 3;
      return;
    }
    throw error;
  } finally {
    await database.close();
  }
}
