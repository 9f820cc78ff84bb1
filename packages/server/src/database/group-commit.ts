import { CompiledQuery, type Transaction } from "kysely";
import type { Database } from "./database.js";
import type { Tables } from "./tables.js";

/** A unit of work that must be durable before its request is answered. */
export type WriteJob<T> = (trx: Transaction<Tables>) => Promise<T>;

/** Runs write jobs in transactions; how they are grouped is the database's business. */
export type WriteTransactions = {
  /** Runs `job` in a transaction; resolves once its commit is on disk. */
  run<T>(job: WriteJob<T>): Promise<T>;
  /**
   * Resolves once every commit made so far, by anyone, is on disk; undefined when it already is.
   * Every answer waits for it (http/durable-answers.ts), so none shows data a power loss could
   * take back (database/wal-durability.ts).
   */
  durable: () => Promise<void> | undefined;
};

/**
 * PostgreSQL: one transaction per job; the server groups concurrent commits itself, and a commit
 * returns once it is on disk (synchronous_commit on), so nothing is ever left to wait for.
 */
export function transactionPerJob(db: Database): WriteTransactions {
  return { run: (job) => db.transaction().execute(job), durable: () => undefined };
}

type Pending = {
  job: WriteJob<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
};

export type GroupCommitOptions = {
  /** Most jobs in one transaction, so one slow batch cannot hold the connection for long. */
  maxBatch?: number;
  /** Called after each committed batch with its size (metrics and tests). */
  onCommit?: (jobs: number) => void;
  /**
   * Resolves once the commits made so far are on disk (undefined: they are). A batch's callers
   * are answered after it; meanwhile the next batch already runs.
   */
  durable?: () => Promise<void> | undefined;
};

/**
 * A commit that must reach the disk costs a flush (~0.3–5 ms), which caps separate commits at a
 * few thousand per second. Group commit: jobs that arrive while one batch runs wait for the
 * next, and each batch shares one transaction and one disk flush. Each job runs inside its own
 * savepoint, so a failing job is undone alone and only its caller sees the error; nobody is
 * answered before the batch's commit has reached the disk (`durable`), but the next batch does
 * not wait for that flush.
 */
export function groupCommit(db: Database, options: GroupCommitOptions = {}): WriteTransactions {
  const maxBatch = options.maxBatch ?? 64;
  let queue: Pending[] = [];
  // One batch at a time: jobs arriving meanwhile gather for the next one.
  let isBusy = false;

  function schedule(): void {
    if (isBusy) return;
    isBusy = true;
    setImmediate(() => {
      void flush().finally(() => {
        isBusy = false;
        if (queue.length > 0) schedule();
      });
    });
  }

  async function flush(): Promise<void> {
    const batch = queue.slice(0, maxBatch);
    queue = queue.slice(batch.length);
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      await db.transaction().execute(async (trx) => {
        for (const pending of batch) outcomes.push(await runInSavepoint(trx, pending.job));
      });
    } catch (error) {
      // The commit itself failed: nothing in the batch is durable, so every caller hears it.
      for (const pending of batch) pending.reject(error);
      return;
    }
    options.onCommit?.(batch.length);
    const flushed = durable();
    if (flushed === undefined) settle(batch, outcomes);
    else
      flushed.then(
        () => {
          settle(batch, outcomes);
        },
        // Not known to be on disk: nobody may be told it is saved.
        (error: unknown) => {
          batch.forEach((pending) => {
            pending.reject(error);
          });
        },
      );
  }

  function settle(batch: Pending[], outcomes: { ok: boolean; value: unknown }[]): void {
    batch.forEach((pending, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok === true) pending.resolve(outcome.value);
      else pending.reject(outcome?.value);
    });
  }

  const durable = options.durable ?? (() => undefined);
  return {
    run<T>(job: WriteJob<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ job, resolve: resolve as (value: unknown) => void, reject });
        schedule();
      });
    },
    durable,
  };
}

/** Compiled once: the same four statements frame every job. */
const savepoint = {
  open: CompiledQuery.raw("savepoint group_commit_job"),
  release: CompiledQuery.raw("release savepoint group_commit_job"),
  rollback: CompiledQuery.raw("rollback to savepoint group_commit_job"),
};

async function runInSavepoint(
  trx: Transaction<Tables>,
  job: WriteJob<unknown>,
): Promise<{ ok: boolean; value: unknown }> {
  await trx.executeQuery(savepoint.open);
  try {
    const value = await job(trx);
    await trx.executeQuery(savepoint.release);
    return { ok: true, value };
  } catch (error) {
    await trx.executeQuery(savepoint.rollback);
    await trx.executeQuery(savepoint.release);
    return { ok: false, value: error };
  }
}
