import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqlite } from "../database/sqlite.js";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { countPainEntries, diaryUrl, entriesUrl } from "../testing/pain-entries.js";
import { startTestApp, type TestApp } from "../testing/test-app.js";

/**
 * The embedded database flushes its log after the commit, off the event loop
 * (database/wal-durability.ts). These check the promise the server keeps with it: no answer
 * leaves before what it says or shows is on disk. The flush is held back by the test.
 */
let dataDir: string;
let testApp: TestApp;
let flushes = 0;
/** While set, every flush waits for it (then really flushes). */
let held: Promise<void> | undefined;
/** While set, the next flush fails with it. */
let failure: Error | undefined;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "painplan-durable-"));
  const database = openSqlite(dataDir, {
    aroundWalFlush: async (flush) => {
      flushes += 1;
      await held;
      const error = failure;
      failure = undefined;
      if (error !== undefined) throw error;
      await flush();
    },
  });
  await database.migrate();
  testApp = await startTestApp({ database });
});

afterAll(async () => {
  await testApp.close();
  await testApp.database.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function holdFlushes(): () => void {
  let release = () => {};
  held = new Promise((resolve) => {
    release = () => {
      held = undefined;
      resolve();
    };
  });
  return release;
}

/** Whether `promise` settles within `ms` (it keeps going either way). */
async function answersWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([
    promise.then(() => true),
    new Promise<boolean>((resolve) =>
      setTimeout(() => {
        resolve(false);
      }, ms),
    ),
  ]);
}

const quickLog = (person: SignedInClient, idempotencyKey = randomUUID()) =>
  person.client.post(diaryUrl(person, "quick-log"), { intensityNow: 6, idempotencyKey });

describe("answers wait for the disk (SQLite)", () => {
  it("a write is answered only once its commit is flushed, and so is a read that already sees it", async () => {
    const person = await signedInPatient(testApp);
    const release = holdFlushes();
    const flushesBefore = flushes;
    const write = quickLog(person);
    const read = (async () => {
      // Committed already (the read connection sees it), so the list must wait as well.
      while ((await countPainEntries(testApp, person.user.id)) === 0) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      return person.client.get(entriesUrl(person));
    })();
    try {
      expect(await answersWithin(write, 100)).toBe(false);
      expect(flushes).toBeGreaterThan(flushesBefore);
      expect(await answersWithin(read, 100)).toBe(false);
    } finally {
      release();
    }
    expect((await write).statusCode).toBe(201);
    const list = await read;
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it("a read is answered at once when everything committed is on disk", async () => {
    const person = await signedInPatient(testApp);
    await quickLog(person);
    const release = holdFlushes();
    try {
      const flushesBefore = flushes;
      const read = person.client.get(entriesUrl(person));
      expect(await answersWithin(read, 1_000)).toBe(true);
      expect(flushes).toBe(flushesBefore); // it asked for no flush
    } finally {
      release();
    }
  });

  it("a failed flush answers 500, and the retry with the same key finds the one entry", async () => {
    const person = await signedInPatient(testApp);
    const key = randomUUID();
    failure = new Error("EIO: the disk refused the flush");
    const failed = await quickLog(person, key);
    expect(failed.statusCode).toBe(500);
    expect(failed.body).not.toContain("EIO"); // the cause goes to the log, not to the person
    const retried = await quickLog(person, key);
    expect([200, 201]).toContain(retried.statusCode);
    expect(await countPainEntries(testApp, person.user.id)).toBe(1);
  });
});
