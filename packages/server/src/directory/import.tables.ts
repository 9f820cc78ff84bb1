import type { Generated } from "kysely";
import type { JsonText, Timestamp } from "../database/columns.js";

/** One import of a directory file (migration 0112): where it stands and what it counted. */
export type DirectoryImportRunsTable = {
  id: string;
  file_name: string;
  /** Size and SHA-256 of the first and last MiB: the same file when a run resumes. */
  file_fingerprint: string;
  file_bytes: number;
  format: "csv" | "nppes";
  status: "reading" | "applying" | "done" | "abandoned";
  /** Byte offset and line number where reading goes on after a crash. */
  resume_offset: number;
  resume_line: number;
  rows_read: Generated<number>;
  rows_staged: Generated<number>;
  rows_rejected: Generated<number>;
  rows_passed_over: Generated<number>;
  rows_inserted: Generated<number>;
  rows_updated: Generated<number>;
  started_at: Timestamp;
  updated_at: Timestamp;
  finished_at: Timestamp | null;
};

/** A checked row waiting for the whole file to be read (JSON of `ImportedProfile`). */
export type DirectoryImportRowsTable = {
  run_id: string;
  line: number;
  record_key: string;
  profile: JsonText;
};

/** One problem of one row (or of the file, line 0): the report file is written from these. */
export type DirectoryImportProblemsTable = {
  run_id: string;
  line: number;
  position: number;
  record_key: string | null;
  column_name: string | null;
  message: string;
};

declare module "../database/tables.js" {
  interface Tables {
    directory_import_runs: DirectoryImportRunsTable;
    directory_import_rows: DirectoryImportRowsTable;
    directory_import_problems: DirectoryImportProblemsTable;
  }
}
