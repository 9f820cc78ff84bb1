import type { JsonText, Timestamp } from "../database/columns.js";

/** One durable job (migration 0070). The payload holds ids only, never health text. */
export type JobsTable = {
  id: string;
  kind: string;
  /** Unique: enqueueing the same key twice keeps the first job (one reminder per occurrence and channel). */
  dedupe_key: string;
  /** The person the job is for (erasure removes it: `on delete cascade`), or null. */
  user_id: string | null;
  run_at: Timestamp;
  payload: JsonText;
  attempts: number;
  /** The worker holding the job, until `locked_until`; after that another may take it. */
  locked_by: string | null;
  locked_until: Timestamp | null;
  done_at: Timestamp | null;
  /** How it ended: "done", "dropped" (too late to be of use), "failed" (out of attempts). */
  outcome: string | null;
  created_at: Timestamp;
};

declare module "../database/tables.js" {
  interface Tables {
    jobs: JobsTable;
  }
}
