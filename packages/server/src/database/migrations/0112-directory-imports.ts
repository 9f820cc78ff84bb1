import { type Kysely, sql } from "kysely";
import { timestampType } from "../dialect.js";

/**
 * Directory imports (issue 13; docs/directory-import.md). A run reads its file in batches: each
 * batch commits the rows it checked (`directory_import_rows`, the profile as JSON) and the
 * problems it found (`directory_import_problems`) together with the run's resume point, so a
 * crash loses at most the batch in flight and a re-run goes on from `resume_offset`. Only when
 * the whole file is read are the rows applied to the directory, in one transaction: a crash
 * never leaves a half-imported file in search. Staged rows are deleted once applied; a run and
 * its problems stay as the import's history.
 */
const importRunCounts = [
  "rows_read",
  "rows_staged",
  "rows_rejected",
  "rows_passed_over",
  "rows_inserted",
  "rows_updated",
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const timestamp = timestampType(db);
  let runs = db.schema
    .createTable("directory_import_runs")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("file_name", "text", (column) => column.notNull())
    .addColumn("file_fingerprint", "text", (column) => column.notNull())
    .addColumn("file_bytes", "bigint", (column) => column.notNull())
    .addColumn("format", "text", (column) =>
      column.notNull().check(sql`format in ('csv', 'nppes')`),
    )
    .addColumn("status", "text", (column) =>
      column.notNull().check(sql`status in ('reading', 'applying', 'done', 'abandoned')`),
    )
    .addColumn("resume_offset", "bigint", (column) => column.notNull())
    .addColumn("resume_line", "integer", (column) => column.notNull())
    .addColumn("started_at", timestamp, (column) => column.notNull())
    .addColumn("updated_at", timestamp, (column) => column.notNull())
    .addColumn("finished_at", timestamp);
  for (const name of importRunCounts) {
    runs = runs.addColumn(name, "integer", (column) => column.notNull().defaultTo(0));
  }
  await runs.execute();
  await db.schema
    .createIndex("directory_import_runs_status")
    .on("directory_import_runs")
    .columns(["status", "started_at"])
    .execute();
  await db.schema
    .createTable("directory_import_rows")
    .addColumn("run_id", "text", (column) =>
      column.notNull().references("directory_import_runs.id").onDelete("cascade"),
    )
    .addColumn("line", "integer", (column) => column.notNull())
    .addColumn("record_key", "text", (column) => column.notNull())
    .addColumn("profile", "text", (column) => column.notNull())
    .addPrimaryKeyConstraint("directory_import_rows_pk", ["run_id", "line"])
    .execute();
  await db.schema
    .createIndex("directory_import_rows_key")
    .on("directory_import_rows")
    .columns(["run_id", "record_key"])
    .unique()
    .execute();
  await db.schema
    .createTable("directory_import_problems")
    .addColumn("run_id", "text", (column) =>
      column.notNull().references("directory_import_runs.id").onDelete("cascade"),
    )
    .addColumn("line", "integer", (column) => column.notNull())
    .addColumn("position", "integer", (column) => column.notNull())
    .addColumn("record_key", "text")
    .addColumn("column_name", "text")
    .addColumn("message", "text", (column) => column.notNull())
    .addPrimaryKeyConstraint("directory_import_problems_pk", ["run_id", "line", "position"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("directory_import_problems").execute();
  await db.schema.dropTable("directory_import_rows").execute();
  await db.schema.dropTable("directory_import_runs").execute();
}
