import { randomUUID } from "node:crypto";
import type { Clock } from "../system/clock.js";
import type { ClaimedJob, JobOutcome, JobQueue } from "./job-queue.js";

/**
 * Runs one job of its kind at `now`. Returns how it ended ("dropped" when it is too late to be
 * of use — the rule lives in core); throws to be retried with back-off.
 */
export type JobHandler = (job: ClaimedJob, now: Date) => Promise<Exclude<JobOutcome, "failed">>;

/** What the worker knows how to run, by job kind. */
export type JobHandlers = Readonly<Record<string, JobHandler>>;

/** A structured logger (pino's shape); only ids and kinds are logged, never payload text. */
export type JobLog = {
  warn(object: Record<string, unknown>, message: string): void;
  error(object: Record<string, unknown>, message: string): void;
};

export type JobWorkerOptions = {
  queue: JobQueue;
  handlers: JobHandlers;
  clock: Clock;
  log: JobLog;
  /** Names this worker in `locked_by` (default: a random id per instance). */
  workerId?: string;
  /** Most jobs claimed per round (default 20). */
  batchSize?: number;
  /** How long a claim holds before another worker may take the job (default 5 minutes). */
  leaseMs?: number;
  /** Attempts before a job is given up as "failed" (default 5). */
  maxAttempts?: number;
  /** Pause between rounds of the loop (default 15 s). */
  pollMs?: number;
  /**
   * Resolves once every commit so far is on disk (`WriteTransactions.durable`): a job's sends
   * (e-mail, push) leave no sooner than an HTTP answer would, so none speaks of data a power loss
   * could take back.
   */
  durable?: () => Promise<void> | undefined;
};

/** Back-off after the n-th failed attempt: 1, 2, 4, 8… minutes, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempts - 1));
}

/**
 * The durable job worker of one app instance. `runDueJobs(now)` runs every due job once (tests
 * call it directly); `start()` runs it in a loop until `stop()`, which waits for the round in
 * progress. Several instances may run workers on one PostgreSQL database: claims skip locked
 * rows, so each job runs in exactly one of them.
 */
export function jobWorker(options: JobWorkerOptions) {
  const workerId = options.workerId ?? `worker-${randomUUID()}`;
  const batchSize = options.batchSize ?? 20;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const maxAttempts = options.maxAttempts ?? 5;
  const pollMs = options.pollMs ?? 15_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = true;

  async function runOne(job: ClaimedJob, now: Date): Promise<void> {
    const handler = options.handlers[job.kind];
    if (handler === undefined) {
      options.log.error({ jobId: job.id, kind: job.kind }, "no handler for this job kind");
      await options.queue.finish(job, workerId, "failed", now);
      return;
    }
    try {
      await options.durable?.();
      const outcome = await handler(job, now);
      await options.queue.finish(job, workerId, outcome, now);
    } catch (error) {
      const code = error instanceof Error ? error.name : "unknown";
      if (job.attempts >= maxAttempts) {
        options.log.error({ jobId: job.id, kind: job.kind, code }, "job failed, giving up");
        await options.queue.finish(job, workerId, "failed", now);
      } else {
        options.log.warn({ jobId: job.id, kind: job.kind, code }, "job failed, will retry");
        await options.queue.retryLater(
          job,
          workerId,
          new Date(now.getTime() + retryDelayMs(job.attempts)),
        );
      }
    }
  }

  /** Claims and runs due jobs in rounds until none is left due at `now`; returns how many ran. */
  async function drain(now: Date): Promise<number> {
    let ran = 0;
    for (;;) {
      const claimed = await options.queue.claimDue(workerId, now, { limit: batchSize, leaseMs });
      for (const job of claimed) await runOne(job, now);
      ran += claimed.length;
      // Jobs may enqueue due jobs (a look-ahead its sends): claim again until none is left.
      if (claimed.length === 0) return ran;
    }
  }

  function runDueJobs(now: Date = options.clock.now()): Promise<number> {
    // One round at a time per worker; a call during a round waits for it, then runs its own.
    const previous = running ?? Promise.resolve(0);
    const next = previous.catch(() => 0).then(() => drain(now));
    running = next;
    return next;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      runDueJobs().then(
        () => {
          schedule();
        },
        (error: unknown) => {
          options.log.error(
            { code: error instanceof Error ? error.name : "unknown" },
            "job round failed",
          );
          schedule();
        },
      );
    }, pollMs);
    timer.unref();
  }

  return {
    workerId,
    runDueJobs,
    /** Starts the loop (first round after `pollMs`). */
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    /** Stops the loop and waits for a round in progress to finish. */
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await running?.catch(() => 0);
    },
  };
}

export type JobWorker = ReturnType<typeof jobWorker>;
