import type { Insertable, Selectable } from "kysely";
import type { Database } from "../database/database.js";
import type { ImportFormat } from "./import-file.js";
import type { LinePosition } from "./import-lines.js";
import type { ImportedProfile } from "./import-profile.js";
import type { RowOutcome } from "./import-stage.js";
import type { DirectoryImportProblemsTable, DirectoryImportRunsTable } from "./import.tables.js";

export type ImportRun = Selectable<DirectoryImportRunsTable>;

/** What one batch of the file adds to its run, committed with the run's new resume point. */
export type StagedBatch = { outcomes: readonly RowOutcome[]; next: LinePosition; at: string };

/** Rows per insert: under SQLite's and PostgreSQL's parameter limits for every table here. */
const rowsPerInsert = 200;

function inChunks<T>(items: readonly T[], size = rowsPerInsert): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size)
    chunks.push(items.slice(index, index + size));
  return chunks;
}

function problemRows(
  runId: string,
  outcomes: readonly RowOutcome[],
): Insertable<DirectoryImportProblemsTable>[] {
  return outcomes.flatMap((outcome) =>
    outcome.kind !== "rejected"
      ? []
      : outcome.problems.map((problem, position) => ({
          run_id: runId,
          line: outcome.line,
          position,
          record_key: outcome.key,
          column_name: problem.column,
          message: problem.message,
        })),
  );
}

/** Import runs, their staged rows and their problems (migration 0112). */
export function importRunsRepository(db: Database) {
  return {
    /** The run that is not finished (reading or applying), if any: there is at most one. */
    unfinished: () =>
      db
        .selectFrom("directory_import_runs")
        .selectAll()
        .where("status", "in", ["reading", "applying"])
        .orderBy("started_at", "desc")
        .executeTakeFirst(),

    byId: (id: string) =>
      db.selectFrom("directory_import_runs").selectAll().where("id", "=", id).executeTakeFirst(),

    async start(run: {
      id: string;
      fileName: string;
      fingerprint: string;
      bytes: number;
      format: ImportFormat;
      from: LinePosition;
      at: string;
    }): Promise<void> {
      await db
        .insertInto("directory_import_runs")
        .values({
          id: run.id,
          file_name: run.fileName,
          file_fingerprint: run.fingerprint,
          file_bytes: run.bytes,
          format: run.format,
          status: "reading",
          resume_offset: run.from.offset,
          resume_line: run.from.line,
          started_at: run.at,
          updated_at: run.at,
        })
        .execute();
    },

    /** One batch: its checked rows, its problems and the resume point, in one transaction. */
    async commitBatch(runId: string, batch: StagedBatch): Promise<void> {
      const staged = batch.outcomes.flatMap((outcome) =>
        outcome.kind === "staged"
          ? [
              {
                run_id: runId,
                line: outcome.line,
                record_key: outcome.key,
                profile: JSON.stringify(outcome.profile),
              },
            ]
          : [],
      );
      const problems = problemRows(runId, batch.outcomes);
      const count = (kind: RowOutcome["kind"]) =>
        batch.outcomes.filter((outcome) => outcome.kind === kind).length;
      await db.transaction().execute(async (trx) => {
        for (const chunk of inChunks(staged))
          await trx.insertInto("directory_import_rows").values(chunk).execute();
        for (const chunk of inChunks(problems))
          await trx.insertInto("directory_import_problems").values(chunk).execute();
        await trx
          .updateTable("directory_import_runs")
          .set((eb) => ({
            resume_offset: batch.next.offset,
            resume_line: batch.next.line,
            rows_read: eb("rows_read", "+", batch.outcomes.length),
            rows_staged: eb("rows_staged", "+", staged.length),
            rows_rejected: eb("rows_rejected", "+", count("rejected")),
            rows_passed_over: eb("rows_passed_over", "+", count("passed-over")),
            updated_at: batch.at,
          }))
          .where("id", "=", runId)
          .where("status", "=", "reading")
          .execute();
      });
    },

    async markReadingDone(runId: string, at: string): Promise<void> {
      await db
        .updateTable("directory_import_runs")
        .set({ status: "applying", updated_at: at })
        .where("id", "=", runId)
        .execute();
    },

    async abandon(runId: string, at: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom("directory_import_rows").where("run_id", "=", runId).execute();
        await trx
          .updateTable("directory_import_runs")
          .set({ status: "abandoned", updated_at: at, finished_at: at })
          .where("id", "=", runId)
          .execute();
      });
    },

    /** Staged rows in file order, a page at a time (after `afterLine`). */
    async stagedPage(runId: string, afterLine: number, limit: number) {
      const rows = await db
        .selectFrom("directory_import_rows")
        .select(["line", "record_key", "profile"])
        .where("run_id", "=", runId)
        .where("line", ">", afterLine)
        .orderBy("line")
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        line: row.line,
        key: row.record_key,
        profile: JSON.parse(row.profile) as ImportedProfile,
      }));
    },

    problems: (runId: string) =>
      db
        .selectFrom("directory_import_problems")
        .select(["line", "record_key", "column_name", "message"])
        .where("run_id", "=", runId)
        .orderBy("line")
        .orderBy("position")
        .execute(),
  };
}

export type ImportRunsRepository = ReturnType<typeof importRunsRepository>;
