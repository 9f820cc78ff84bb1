import { afterEach, describe, expect, it } from "vitest";
import { openTestDatabase } from "../testing/test-database.js";
import { groupCommit } from "./group-commit.js";

type TestDatabase = Awaited<ReturnType<typeof openTestDatabase>>;
let database: TestDatabase | undefined;

afterEach(async () => {
  await database?.close();
  database = undefined;
});

async function sqliteWithBatches() {
  database = await openTestDatabase("sqlite");
  const batches: number[] = [];
  const writes = groupCommit(database.db, { onCommit: (jobs) => batches.push(jobs) });
  return { db: database.db, writes, batches };
}

function throttleRow(key: string) {
  return { key, failures: 1, window_started_at: "2026-03-29T00:30:00.000Z" };
}

describe("group commit (SQLite)", () => {
  it("commits concurrent jobs together, each caller getting its own result", async () => {
    const { db, writes, batches } = await sqliteWithBatches();
    const keys = Array.from({ length: 40 }, (_, index) => `key-${String(index)}`);
    const results = await Promise.all(
      keys.map((key) =>
        writes.run(async (trx) => {
          await trx.insertInto("login_throttle").values(throttleRow(key)).execute();
          return key.toUpperCase();
        }),
      ),
    );
    expect(results).toEqual(keys.map((key) => key.toUpperCase()));
    expect(batches.reduce((sum, size) => sum + size, 0)).toBe(40);
    expect(batches.length).toBeLessThan(40);
    const rows = await db.selectFrom("login_throttle").select("key").execute();
    expect(rows).toHaveLength(40);
  });

  it("undoes a failing job alone and tells only its caller", async () => {
    const { db, writes } = await sqliteWithBatches();
    const outcomes = await Promise.allSettled([
      writes.run((trx) => trx.insertInto("login_throttle").values(throttleRow("a")).execute()),
      writes.run(async (trx) => {
        await trx.insertInto("login_throttle").values(throttleRow("b")).execute();
        throw new Error("this job changed its mind");
      }),
      writes.run((trx) => trx.insertInto("login_throttle").values(throttleRow("c")).execute()),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      "fulfilled",
      "rejected",
      "fulfilled",
    ]);
    const keys = await db.selectFrom("login_throttle").select("key").orderBy("key").execute();
    expect(keys.map((row) => row.key)).toEqual(["a", "c"]);
  });

  it("lets a job read its own writes and keeps working after a batch", async () => {
    const { writes } = await sqliteWithBatches();
    await writes.run((trx) => trx.insertInto("login_throttle").values(throttleRow("x")).execute());
    const count = await writes.run(async (trx) => {
      await trx.insertInto("login_throttle").values(throttleRow("y")).execute();
      const rows = await trx.selectFrom("login_throttle").select("key").execute();
      return rows.length;
    });
    expect(count).toBe(2);
  });

  it("answers a batch only once its commit is on disk, and runs the next batch meanwhile", async () => {
    database = await openTestDatabase("sqlite");
    let finishFlush = () => {};
    let flushes = 0;
    const writes = groupCommit(database.db, {
      durable: () => {
        flushes += 1;
        return new Promise<void>((resolve) => {
          finishFlush = resolve;
        });
      },
    });
    let answered = false;
    const first = writes
      .run((trx) => trx.insertInto("login_throttle").values(throttleRow("first")).execute())
      .then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(flushes).toBe(1);
    expect(answered).toBe(false); // committed, not yet on disk: nobody is told
    const rows = await database.db.selectFrom("login_throttle").select("key").execute();
    expect(rows.map((row) => row.key)).toEqual(["first"]);
    // The next batch does not wait for the first one's flush.
    const holdSecond = finishFlush;
    const second = writes.run((trx) =>
      trx.insertInto("login_throttle").values(throttleRow("second")).execute(),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(flushes).toBe(2);
    holdSecond();
    await first;
    expect(answered).toBe(true);
    finishFlush();
    await second;
  });

  it("fails every caller of a batch whose flush failed", async () => {
    database = await openTestDatabase("sqlite");
    const writes = groupCommit(database.db, {
      durable: () => Promise.reject(new Error("EIO: the disk refused")),
    });
    await expect(
      writes.run((trx) => trx.insertInto("login_throttle").values(throttleRow("a")).execute()),
    ).rejects.toThrow("EIO");
  });
});
