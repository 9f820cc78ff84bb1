import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../database/database.js";
import { freshDatabasePlace, openTestDatabase } from "../testing/test-database.js";
import { fixedClock } from "../system/clock.js";
import { randomIds } from "../system/ids.js";
import { jobQueue, type ClaimedJob } from "./job-queue.js";
import { jobWorker, retryDelayMs, type JobHandlers } from "./job-worker.js";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const start = new Date("2026-05-01T08:00:00.000Z");
const silent = { warn: () => undefined, error: () => undefined };
let counter = 0;
const key = (name: string) => `test:${name}:${(counter += 1).toString()}`;

function setup(handlers: JobHandlers, workerId?: string) {
  const queue = jobQueue(database.db, randomIds);
  const worker = jobWorker({
    queue,
    handlers,
    clock: fixedClock(start),
    log: silent,
    ...(workerId === undefined ? {} : { workerId }),
  });
  return { queue, worker };
}

async function jobRow(dedupeKey: string) {
  return database.db
    .selectFrom("jobs")
    .selectAll()
    .where("dedupe_key", "=", dedupeKey)
    .executeTakeFirstOrThrow();
}

describe("durable jobs", () => {
  it("runs a job's handler (its sends) only once every commit so far is on disk", async () => {
    const ran: string[] = [];
    const kind = key("kind");
    let flush = () => {};
    const queue = jobQueue(database.db, randomIds);
    const worker = jobWorker({
      queue,
      handlers: {
        [kind]: () => {
          ran.push("sent");
          return Promise.resolve("done");
        },
      },
      clock: fixedClock(start),
      log: silent,
      durable: () =>
        new Promise<void>((resolve) => {
          flush = resolve;
        }),
    });
    await queue.enqueue([{ kind, runAt: start, payload: {}, dedupeKey: key("due") }], start);
    const round = worker.runDueJobs(start);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ran).toEqual([]);
    flush();
    await round;
    expect(ran).toEqual(["sent"]);
  });

  it("runs a due job once, leaves a future one, and keeps the first of two equal dedupe keys", async () => {
    const ran: string[] = [];
    const kind = key("kind");
    const { queue, worker } = setup({
      [kind]: (job) => {
        ran.push(String(job.payload["n"]));
        return Promise.resolve("done");
      },
    });
    const due = key("due");
    const later = key("later");
    expect(
      await queue.enqueue(
        [
          { kind, runAt: start, payload: { n: 1 }, dedupeKey: due },
          {
            kind,
            runAt: new Date(start.getTime() + 3_600_000),
            payload: { n: 2 },
            dedupeKey: later,
          },
        ],
        start,
      ),
    ).toBe(2);
    expect(
      await queue.enqueue([{ kind, runAt: start, payload: { n: 9 }, dedupeKey: due }], start),
    ).toBe(0);
    await worker.runDueJobs(start);
    await worker.runDueJobs(start);
    expect(ran).toEqual(["1"]);
    expect(await jobRow(due)).toMatchObject({ outcome: "done", attempts: 1, locked_by: null });
    expect((await jobRow(later)).done_at).toBeNull();
    await worker.runDueJobs(new Date(start.getTime() + 3_600_000));
    expect(ran).toEqual(["1", "2"]);
  });

  it("survives a restart: a job enqueued before closing is run after reopening", async () => {
    const place = await freshDatabasePlace();
    try {
      const kind = "restart-test";
      const before = openDatabase(place.config);
      await before.migrate();
      await jobQueue(before.db, randomIds).enqueue(
        [{ kind, runAt: start, payload: { id: "a" }, dedupeKey: "restart:1" }],
        start,
      );
      await before.close();
      const after = openDatabase(place.config);
      try {
        const ran: ClaimedJob[] = [];
        const worker = jobWorker({
          queue: jobQueue(after.db, randomIds),
          handlers: { [kind]: (job) => (ran.push(job), Promise.resolve("done")) },
          clock: fixedClock(start),
          log: silent,
        });
        await worker.runDueJobs(new Date(start.getTime() + 60_000));
        expect(ran.map((job) => job.payload)).toEqual([{ id: "a" }]);
      } finally {
        await after.close();
      }
    } finally {
      await place.dispose();
    }
  });

  it("retries a failing job with back-off and gives up after the last attempt", async () => {
    const kind = key("kind");
    let calls = 0;
    const { queue, worker } = setup({
      [kind]: () => {
        calls += 1;
        return Promise.reject(new Error("smtp down"));
      },
    });
    const dedupeKey = key("failing");
    await queue.enqueue([{ kind, runAt: start, payload: {}, dedupeKey }], start);
    let now = start;
    await worker.runDueJobs(now);
    expect(calls).toBe(1);
    const afterFirst = await jobRow(dedupeKey);
    expect(afterFirst.done_at).toBeNull();
    expect(new Date(afterFirst.run_at).getTime()).toBe(start.getTime() + retryDelayMs(1));
    for (let attempt = 2; attempt <= 5; attempt += 1) {
      now = new Date(now.getTime() + retryDelayMs(attempt - 1));
      await worker.runDueJobs(now);
    }
    expect(calls).toBe(5);
    expect(await jobRow(dedupeKey)).toMatchObject({ outcome: "failed", attempts: 5 });
  });

  it("does not take a job another worker holds until its lease expires", async () => {
    const kind = key("kind");
    const queue = jobQueue(database.db, randomIds);
    const dedupeKey = key("leased");
    await queue.enqueue([{ kind, runAt: start, payload: {}, dedupeKey }], start);
    const first = await queue.claimDue("crashed-worker", start, { limit: 100, leaseMs: 60_000 });
    expect(first.map((job) => job.dedupeKey)).toContain(dedupeKey);
    const during = await queue.claimDue("other", new Date(start.getTime() + 30_000), {
      limit: 100,
      leaseMs: 60_000,
    });
    expect(during.map((job) => job.dedupeKey)).not.toContain(dedupeKey);
    const after = await queue.claimDue("other", new Date(start.getTime() + 60_000), {
      limit: 100,
      leaseMs: 60_000,
    });
    const taken = after.find((job) => job.dedupeKey === dedupeKey);
    expect(taken?.attempts).toBe(2);
    // The crashed worker's late finish no longer counts; the new holder's does.
    expect(await queue.finish(first[0] as ClaimedJob, "crashed-worker", "done", start)).toBe(false);
    expect(await queue.finish(taken as ClaimedJob, "other", "done", start)).toBe(true);
  });

  it("records a job its handler drops as too late", async () => {
    const kind = key("kind");
    const { queue, worker } = setup({ [kind]: () => Promise.resolve("dropped") });
    const dedupeKey = key("stale");
    await queue.enqueue([{ kind, runAt: start, payload: {}, dedupeKey }], start);
    await worker.runDueJobs(start);
    expect(await jobRow(dedupeKey)).toMatchObject({ outcome: "dropped" });
  });

  it("purges finished jobs older than asked, and keeps the rest", async () => {
    const kind = key("kind");
    const { queue, worker } = setup({ [kind]: () => Promise.resolve("done") });
    const old = key("old");
    const pending = key("pending");
    await queue.enqueue(
      [
        { kind, runAt: start, payload: {}, dedupeKey: old },
        { kind, runAt: new Date(start.getTime() + 86_400_000), payload: {}, dedupeKey: pending },
      ],
      start,
    );
    await worker.runDueJobs(start);
    expect(await queue.purgeDone(start)).toBe(0);
    await queue.purgeDone(new Date(start.getTime() + 1));
    const left = await database.db
      .selectFrom("jobs")
      .select("dedupe_key")
      .where("dedupe_key", "in", [old, pending])
      .execute();
    expect(left.map((row) => row.dedupe_key)).toEqual([pending]);
  });

  it("stops its loop cleanly", async () => {
    const { worker } = setup({});
    worker.start();
    await worker.stop();
    await worker.stop();
  });
});
