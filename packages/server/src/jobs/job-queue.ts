import { sql } from "kysely";
import type { Database } from "../database/database.js";
import { dialectOf } from "../database/dialect.js";
import type { IdSource } from "../system/ids.js";
import "./jobs.tables.js";

/** The ids a job needs (never health text: the handler reads what it needs when it runs). */
export type JobPayload = Record<string, string | number | boolean | null>;

/**
 * A job to schedule. `dedupeKey` is unique across the table: a second enqueue is a no-op.
 * `userId` names the person it is for: erasing their account deletes the job.
 */
export type NewJob = {
  kind: string;
  runAt: Date;
  payload: JobPayload;
  dedupeKey: string;
  userId?: string;
};

/** A job a worker has claimed. `attempts` counts this run (1 on the first). */
export type ClaimedJob = {
  id: string;
  kind: string;
  dedupeKey: string;
  runAt: string;
  payload: JobPayload;
  attempts: number;
};

/** How a job ended: sent/handled, dropped as too late to be of use, or out of attempts. */
export type JobOutcome = "done" | "dropped" | "failed";

type JobRow = {
  id: string;
  kind: string;
  dedupe_key: string;
  run_at: string;
  payload: string;
  attempts: number;
};

function toClaimed(row: JobRow): ClaimedJob {
  return {
    id: row.id,
    kind: row.kind,
    dedupeKey: row.dedupe_key,
    runAt: row.run_at,
    payload: JSON.parse(row.payload) as JobPayload,
    attempts: row.attempts,
  };
}

/** The jobs table: enqueue, claim due jobs under a lease, finish or put back for a retry. */
export type JobQueue = ReturnType<typeof jobQueue>;

export function jobQueue(db: Database, ids: IdSource) {
  const isPostgres = dialectOf(db) === "postgres";
  return {
    /**
     * Adds jobs; a job whose dedupe key is already in the table (pending or done) is skipped.
     * Returns how many were new.
     */
    async enqueue(jobs: readonly NewJob[], now: Date): Promise<number> {
      if (jobs.length === 0) return 0;
      const result = await db
        .insertInto("jobs")
        .values(
          jobs.map((job) => ({
            id: ids.newId(),
            kind: job.kind,
            dedupe_key: job.dedupeKey,
            user_id: job.userId ?? null,
            run_at: job.runAt.toISOString(),
            payload: JSON.stringify(job.payload),
            attempts: 0,
            created_at: now.toISOString(),
          })),
        )
        .onConflict((conflict) => conflict.column("dedupe_key").doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0);
    },

    /**
     * Claims up to `limit` due jobs for `workerId` until `now + leaseMs`: due means not done,
     * `run_at <= now`, and not held by an unexpired lease. On PostgreSQL the candidates are
     * locked with `FOR UPDATE SKIP LOCKED`, so concurrent workers of several instances each get
     * different jobs; SQLite has one writer and one process, so one UPDATE is already exclusive.
     */
    async claimDue(
      workerId: string,
      now: Date,
      options: { limit: number; leaseMs: number },
    ): Promise<ClaimedJob[]> {
      const at = now.toISOString();
      const until = new Date(now.getTime() + options.leaseMs).toISOString();
      const lockClause = isPostgres ? sql`for update skip locked` : sql``;
      const result = await sql<JobRow>`
        update jobs set locked_by = ${workerId}, locked_until = ${until}, attempts = attempts + 1
        where id in (
          select id from jobs
          where done_at is null and run_at <= ${at}
            and (locked_until is null or locked_until <= ${at})
          order by run_at, id
          limit ${options.limit}
          ${lockClause}
        )
        returning id, kind, dedupe_key, run_at, payload, attempts`.execute(db);
      return result.rows
        .map(toClaimed)
        .sort((a, b) => a.runAt.localeCompare(b.runAt) || a.id.localeCompare(b.id));
    },

    /** Marks a claimed job finished; false when this worker's lease was lost meanwhile. */
    async finish(job: ClaimedJob, workerId: string, outcome: JobOutcome, now: Date) {
      const result = await db
        .updateTable("jobs")
        .set({ done_at: now.toISOString(), outcome, locked_by: null, locked_until: null })
        .where("id", "=", job.id)
        .where("locked_by", "=", workerId)
        .where("done_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Releases a claimed job to run again at `retryAt` (after a failed attempt). */
    async retryLater(job: ClaimedJob, workerId: string, retryAt: Date) {
      await db
        .updateTable("jobs")
        .set({ run_at: retryAt.toISOString(), locked_by: null, locked_until: null })
        .where("id", "=", job.id)
        .where("locked_by", "=", workerId)
        .where("done_at", "is", null)
        .execute();
    },

    /**
     * Deletes jobs that finished before `before`; returns how many. Callers keep finished jobs
     * as long as their dedupe keys must stop a second enqueue.
     */
    async purgeDone(before: Date): Promise<number> {
      const result = await db
        .deleteFrom("jobs")
        .where("done_at", "is not", null)
        .where("done_at", "<", before.toISOString())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
