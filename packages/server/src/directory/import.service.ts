import type { Database } from "../database/database.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import { applyStagedRows, countExisting } from "./import-apply.js";
import {
  fileFingerprint,
  ImportFileRefused,
  importRecords,
  readImportHeader,
  type ImportFormat,
  type ImportHeader,
} from "./import-file.js";
import type { LinePosition } from "./import-lines.js";
import { writeImportReport, type ReportedProblem } from "./import-report.js";
import type { ImportReference } from "./import-row-problems.js";
import { importRunsRepository, type ImportRun } from "./import-runs.repository.js";
import { SeenKeys, stageRecord, type RowOutcome } from "./import-stage.js";

export type ImportProgress = {
  phase: "reading" | "applying";
  bytesDone: number;
  bytesTotal: number;
  rowsRead: number;
  rowsRejected: number;
};

export type ImportOptions = {
  file: string;
  format: ImportFormat | "auto";
  isDryRun: boolean;
  reportFile: string | null;
  /** Records per committed batch (each batch is one transaction and one resume point). */
  batchSize: number;
  /** Stops between two batches, leaving a run that a later import of the same file resumes. */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
};

export type ImportSummary = {
  runId: string | null;
  format: ImportFormat;
  isDryRun: boolean;
  /** The line reading resumed at (a run left unfinished by a crash), or null. */
  resumedAtLine: number | null;
  rowsRead: number;
  rowsStaged: number;
  rowsRejected: number;
  rowsPassedOver: number;
  rowsInserted: number;
  rowsUpdated: number;
  problems: number;
};

export type ImportDependencies = {
  db: Database;
  clock: Clock;
  ids: IdSource;
  reference: ImportReference;
};

/** Stopped between batches (Ctrl-C or a signal): the run resumes on the next import of the file. */
export class ImportInterrupted extends Error {}

const now = (clock: Clock) => clock.now().toISOString();

async function* batchesOf(
  file: string,
  header: ImportHeader,
  from: LinePosition,
  stage: (item: Parameters<typeof stageRecord>[0]) => RowOutcome,
  batchSize: number,
): AsyncGenerator<{ outcomes: RowOutcome[]; next: LinePosition }> {
  const { stream, records } = importRecords(file, header, from);
  try {
    let outcomes: RowOutcome[] = [];
    for await (const item of records) {
      outcomes.push(stage(item));
      if (outcomes.length >= batchSize) {
        yield { outcomes, next: outcomes[outcomes.length - 1]?.next ?? from };
        outcomes = [];
      }
    }
    if (outcomes.length > 0) yield { outcomes, next: outcomes[outcomes.length - 1]?.next ?? from };
  } finally {
    stream.destroy();
  }
}

/** What an unfinished run already read: the keys its staged rows claimed. */
async function seenKeysOf(
  runs: ReturnType<typeof importRunsRepository>,
  runId: string,
): Promise<SeenKeys> {
  const seen = new SeenKeys();
  for (let after = 0; ;) {
    const page = await runs.stagedPage(runId, after, 1000);
    if (page.length === 0) return seen;
    for (const row of page) seen.claim(row.profile.imported, row.line);
    after = page[page.length - 1]?.line ?? after;
  }
}

async function findOrStartRun(
  dependencies: ImportDependencies,
  options: ImportOptions,
  header: ImportHeader,
  rowsStart: LinePosition,
): Promise<{ run: ImportRun; isResumed: boolean }> {
  const runs = importRunsRepository(dependencies.db);
  const { bytes, fingerprint } = await fileFingerprint(options.file);
  const unfinished = await runs.unfinished();
  if (unfinished !== undefined) {
    if (unfinished.file_fingerprint !== fingerprint || unfinished.format !== header.format) {
      throw new ImportFileRefused(
        `An import of ${unfinished.file_name} is unfinished (started ${unfinished.started_at}, ${unfinished.rows_read} rows read). ` +
          "Import that file again to finish it, or drop it with --abandon.",
      );
    }
    return { run: unfinished, isResumed: true };
  }
  const id = dependencies.ids.newId();
  await runs.start({
    id,
    fileName: options.file,
    fingerprint,
    bytes,
    format: header.format,
    from: rowsStart,
    at: now(dependencies.clock),
  });
  const run = await runs.byId(id);
  if (run === undefined) throw new Error("The import run was not recorded.");
  return { run, isResumed: false };
}

/**
 * Imports a directory file (docs/directory-import.md): reads it in batches, each committed with
 * its resume point; then applies every checked row in one transaction; then writes the report.
 * A dry run reads and checks the whole file and writes the report, and changes nothing.
 */
export async function importDirectoryFile(
  dependencies: ImportDependencies,
  options: ImportOptions,
): Promise<ImportSummary> {
  const { header, rowsStart } = await readImportHeader(options.file, options.format);
  if (options.isDryRun) return dryRun(dependencies, options, header, rowsStart);
  const runs = importRunsRepository(dependencies.db);
  const { run, isResumed } = await findOrStartRun(dependencies, options, header, rowsStart);
  const report = (progress: Omit<ImportProgress, "bytesTotal">) =>
    options.onProgress?.({ ...progress, bytesTotal: run.file_bytes });
  if (run.status === "reading") {
    const seen = isResumed ? await seenKeysOf(runs, run.id) : new SeenKeys();
    const from = { line: run.resume_line, offset: run.resume_offset };
    let [rowsRead, rowsRejected] = [run.rows_read, run.rows_rejected];
    const stage = (item: Parameters<typeof stageRecord>[0]) =>
      stageRecord(item, header, dependencies.reference, seen);
    for await (const batch of batchesOf(options.file, header, from, stage, options.batchSize)) {
      await runs.commitBatch(run.id, { ...batch, at: now(dependencies.clock) });
      rowsRead += batch.outcomes.length;
      rowsRejected += batch.outcomes.filter((outcome) => outcome.kind === "rejected").length;
      report({ phase: "reading", bytesDone: batch.next.offset, rowsRead, rowsRejected });
      if (options.signal?.aborted === true) {
        throw new ImportInterrupted(
          `Stopped at line ${batch.next.line}; import the same file again to go on.`,
        );
      }
    }
    await runs.markReadingDone(run.id, now(dependencies.clock));
  }
  report({ phase: "applying", bytesDone: run.file_bytes, rowsRead: 0, rowsRejected: 0 });
  await applyStagedRows(dependencies, run.id);
  const finished = await runs.byId(run.id);
  if (finished === undefined) throw new Error("The import run disappeared.");
  const problems = await runs.problems(run.id);
  if (options.reportFile !== null) await writeImportReport(options.reportFile, problems);
  return {
    runId: run.id,
    format: finished.format,
    isDryRun: false,
    resumedAtLine: isResumed ? run.resume_line : null,
    rowsRead: finished.rows_read,
    rowsStaged: finished.rows_staged,
    rowsRejected: finished.rows_rejected,
    rowsPassedOver: finished.rows_passed_over,
    rowsInserted: finished.rows_inserted,
    rowsUpdated: finished.rows_updated,
    problems: problems.length,
  };
}

async function dryRun(
  dependencies: ImportDependencies,
  options: ImportOptions,
  header: ImportHeader,
  rowsStart: LinePosition,
): Promise<ImportSummary> {
  const seen = new SeenKeys();
  const problems: ReportedProblem[] = [];
  const totals = { read: 0, staged: 0, rejected: 0, passedOver: 0, existing: 0 };
  const { bytes } = await fileFingerprint(options.file);
  const stage = (item: Parameters<typeof stageRecord>[0]) =>
    stageRecord(item, header, dependencies.reference, seen);
  for await (const batch of batchesOf(options.file, header, rowsStart, stage, options.batchSize)) {
    const keys: string[] = [];
    for (const outcome of batch.outcomes) {
      totals.read += 1;
      if (outcome.kind === "passed-over") totals.passedOver += 1;
      if (outcome.kind === "staged") {
        totals.staged += 1;
        keys.push(outcome.key);
      }
      if (outcome.kind === "rejected") {
        totals.rejected += 1;
        for (const problem of outcome.problems) {
          problems.push({
            line: outcome.line,
            record_key: outcome.key,
            column_name: problem.column,
            message: problem.message,
          });
        }
      }
    }
    totals.existing += await countExisting(dependencies.db, keys);
    options.onProgress?.({
      phase: "reading",
      bytesDone: batch.next.offset,
      bytesTotal: bytes,
      rowsRead: totals.read,
      rowsRejected: totals.rejected,
    });
  }
  if (options.reportFile !== null) await writeImportReport(options.reportFile, problems);
  return {
    runId: null,
    format: header.format,
    isDryRun: true,
    resumedAtLine: null,
    rowsRead: totals.read,
    rowsStaged: totals.staged,
    rowsRejected: totals.rejected,
    rowsPassedOver: totals.passedOver,
    rowsInserted: totals.staged - totals.existing,
    rowsUpdated: totals.existing,
    problems: problems.length,
  };
}

/** Drops the unfinished run (its staged rows; nothing of it reached the directory). */
export async function abandonUnfinishedImport(
  dependencies: Pick<ImportDependencies, "db" | "clock">,
): Promise<ImportRun | undefined> {
  const runs = importRunsRepository(dependencies.db);
  const unfinished = await runs.unfinished();
  if (unfinished !== undefined) await runs.abandon(unfinished.id, now(dependencies.clock));
  return unfinished;
}
