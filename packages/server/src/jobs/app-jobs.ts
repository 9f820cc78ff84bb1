import type { FastifyBaseLogger } from "fastify";
import type { Database } from "../database/database.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import { jobQueue, type JobQueue } from "./job-queue.js";
import { jobWorker, type JobHandler, type JobWorker } from "./job-worker.js";

/**
 * The app's durable jobs, handed to every area module: areas enqueue on `queue`, name what runs
 * a kind with `handle`, and add work for the start of the loop with `onStart` (e.g. the first
 * reminder look-ahead). The server starts the loop after it listens; closing the app stops it.
 */
export type AppJobs = {
  queue: JobQueue;
  handle(kind: string, handler: JobHandler): void;
  onStart(work: (now: Date) => Promise<void>): void;
  /** Runs every due job once at `now` (tests call this instead of running the loop). */
  runDueJobs(now?: Date): Promise<number>;
  /** Runs the start work, then the loop every `pollMs`. */
  start(): Promise<void>;
  stop(): Promise<void>;
};

declare module "fastify" {
  interface FastifyInstance {
    /** The app's durable jobs (see `AppJobs`). */
    jobs: AppJobs;
  }
}

export function appJobs(deps: {
  db: Database;
  ids: IdSource;
  clock: Clock;
  log: FastifyBaseLogger;
  pollMs?: number;
  /** See `JobWorkerOptions.durable`. */
  durable?: () => Promise<void> | undefined;
}): AppJobs {
  const queue = jobQueue(deps.db, deps.ids);
  const handlers: Record<string, JobHandler> = {};
  const startWork: ((now: Date) => Promise<void>)[] = [];
  const worker: JobWorker = jobWorker({
    queue,
    handlers,
    clock: deps.clock,
    log: deps.log,
    ...(deps.pollMs === undefined ? {} : { pollMs: deps.pollMs }),
    ...(deps.durable === undefined ? {} : { durable: deps.durable }),
  });
  return {
    queue,
    handle(kind, handler) {
      if (kind in handlers) throw new Error(`Two handlers for the job kind ${kind}.`);
      handlers[kind] = handler;
    },
    onStart(work) {
      startWork.push(work);
    },
    runDueJobs: (now) => worker.runDueJobs(now),
    async start() {
      const now = deps.clock.now();
      for (const work of startWork) await work(now);
      worker.start();
    },
    stop: () => worker.stop(),
  };
}
