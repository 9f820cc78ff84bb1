import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type OpenDatabase } from "../database/database.js";
import { fixedClock } from "../system/clock.js";
import { randomIds } from "../system/ids.js";
import { freshDatabasePlace, type TestDatabasePlace } from "../testing/test-database.js";
import { jobQueue } from "./job-queue.js";
import { jobWorker } from "./job-worker.js";

/**
 * Two app instances, each with its own pool and worker loop, on one PostgreSQL database: every
 * due job runs exactly once (claims use FOR UPDATE SKIP LOCKED).
 */
let place: TestDatabasePlace;
let databases: OpenDatabase[];

beforeAll(async () => {
  place = await freshDatabasePlace("postgres");
  databases = [openDatabase(place.config), openDatabase(place.config)];
  await Promise.all(databases.map((database) => database.migrate()));
});

afterAll(async () => {
  await Promise.all(databases.map((database) => database.close()));
  await place.dispose();
});

const start = new Date("2026-05-01T08:00:00.000Z");
const silent = { warn: () => undefined, error: () => undefined };

describe("jobs on two instances", () => {
  it("runs each of 300 due jobs exactly once across two workers polling at the same time", async () => {
    const runs = new Map<string, string[]>();
    const workers = databases.map((database, index) =>
      jobWorker({
        queue: jobQueue(database.db, randomIds),
        workerId: `instance-${index.toString()}`,
        batchSize: 7,
        clock: fixedClock(start),
        log: silent,
        handlers: {
          "test-reminder": async (job) => {
            // A little work between claim and finish, so the workers overlap.
            await new Promise((resolve) => setTimeout(resolve, 1));
            const id = String(job.payload["n"]);
            runs.set(id, [...(runs.get(id) ?? []), `instance-${index.toString()}`]);
            return "done";
          },
        },
      }),
    );
    const [first] = databases as [OpenDatabase];
    await jobQueue(first.db, randomIds).enqueue(
      Array.from({ length: 300 }, (_, n) => ({
        kind: "test-reminder",
        runAt: new Date(start.getTime() - n * 1000),
        payload: { n },
        dedupeKey: `multi:${n.toString()}`,
      })),
      start,
    );
    // Each instance runs several rounds at once, as overlapping loop ticks might.
    await Promise.all(
      workers.flatMap((worker) => [worker.runDueJobs(start), worker.runDueJobs(start)]),
    );
    expect(runs.size).toBe(300);
    expect([...runs.values()].filter((ran) => ran.length !== 1)).toEqual([]);
    const byInstance = new Set([...runs.values()].flat());
    expect(byInstance.size).toBe(2);
    const pending = await first.db
      .selectFrom("jobs")
      .select("id")
      .where("done_at", "is", null)
      .execute();
    expect(pending).toEqual([]);
  });

  it("the loops started by two instances run a due job once and stop cleanly", async () => {
    const runs: string[] = [];
    const workers = databases.map((database, index) =>
      jobWorker({
        queue: jobQueue(database.db, randomIds),
        clock: { now: () => new Date(start.getTime() + 60_000) },
        log: silent,
        pollMs: 5,
        handlers: {
          "loop-reminder": () => {
            runs.push(index.toString());
            return Promise.resolve("done");
          },
        },
      }),
    );
    const [first] = databases as [OpenDatabase];
    await jobQueue(first.db, randomIds).enqueue(
      [{ kind: "loop-reminder", runAt: start, payload: {}, dedupeKey: "loop:1" }],
      start,
    );
    for (const worker of workers) worker.start();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await Promise.all(workers.map((worker) => worker.stop()));
    expect(runs).toHaveLength(1);
  });
});
