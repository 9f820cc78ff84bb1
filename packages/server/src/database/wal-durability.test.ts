import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { walDurability, walFileFlush } from "./wal-durability.js";

/** A flush the test finishes by hand, counting how many were started. */
function heldFlushes() {
  const pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
  return {
    flush: () =>
      new Promise<void>((resolve, reject) => {
        pending.push({ resolve, reject });
      }),
    get started() {
      return pending.length;
    },
    finish(index: number) {
      pending[index]?.resolve();
    },
    fail(index: number, error: Error) {
      pending[index]?.reject(error);
    },
  };
}

/** Whether `promise` has settled after the current microtasks ran. */
async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return settled;
}

describe("WAL durability", () => {
  it("has nothing to wait for before any commit, and after every commit was flushed", async () => {
    const flushes = heldFlushes();
    const durability = walDurability(flushes.flush);
    expect(durability.durable()).toBeUndefined();
    durability.committed();
    const waiting = durability.durable();
    expect(waiting).toBeDefined();
    expect(flushes.started).toBe(1);
    expect(await isSettled(waiting ?? Promise.resolve())).toBe(false);
    flushes.finish(0);
    await waiting;
    expect(durability.durable()).toBeUndefined();
  });

  it("lets callers share a flush that covers their commits", () => {
    const flushes = heldFlushes();
    const durability = walDurability(flushes.flush);
    durability.committed();
    durability.committed();
    const first = durability.durable();
    const second = durability.durable();
    expect(second).toBe(first);
    expect(flushes.started).toBe(1);
  });

  it("does not count a commit made during a flush as flushed by it: one more flush follows, shared", async () => {
    const flushes = heldFlushes();
    const durability = walDurability(flushes.flush);
    durability.committed();
    const early = durability.durable() ?? Promise.resolve();
    durability.committed(); // written after the running flush started
    const late = durability.durable() ?? Promise.resolve();
    durability.committed();
    const later = durability.durable() ?? Promise.resolve();
    expect(later).toBe(late);
    expect(flushes.started).toBe(1); // the second starts only after the first
    flushes.finish(0);
    await early;
    expect(await isSettled(late)).toBe(false);
    expect(flushes.started).toBe(2);
    flushes.finish(1);
    await late;
    expect(durability.durable()).toBeUndefined();
  });

  it("fails the callers of a failed flush, and tries again for the next caller", async () => {
    const flushes = heldFlushes();
    const durability = walDurability(flushes.flush);
    durability.committed();
    const waiting = durability.durable() ?? Promise.resolve();
    flushes.fail(0, new Error("EIO"));
    await expect(waiting).rejects.toThrow("EIO");
    const retry = durability.durable();
    expect(retry).toBeDefined();
    expect(flushes.started).toBe(2);
    flushes.finish(1);
    await retry;
    expect(durability.durable()).toBeUndefined();
  });

  it("a flush that throws at once (no promise) fails its callers cleanly, then the next flush works", async () => {
    const flushes = heldFlushes();
    let throwsNext = true;
    const durability = walDurability(() => {
      if (throwsNext) {
        throwsNext = false;
        throw new Error("EBADF");
      }
      return flushes.flush();
    });
    durability.committed();
    let waiting: Promise<void> | undefined;
    expect(() => (waiting = durability.durable())).not.toThrow();
    await expect(waiting).rejects.toThrow("EBADF");
    // Not left running: the next caller starts a new flush, which works.
    const retry = durability.durable();
    expect(flushes.started).toBe(1);
    flushes.finish(0);
    await retry;
    expect(durability.durable()).toBeUndefined();
  });

  it("a queued flush that throws at once fails the callers waiting on it; the next one works", async () => {
    const flushes = heldFlushes();
    let calls = 0;
    const durability = walDurability(() => {
      calls += 1;
      if (calls === 2) throw new Error("EBADF"); // the flush queued after the first
      return flushes.flush();
    });
    durability.committed();
    const first = durability.durable() ?? Promise.resolve();
    durability.committed(); // waits for the flush queued after the first
    const queued = durability.durable() ?? Promise.resolve();
    flushes.finish(0);
    await first;
    await expect(queued).rejects.toThrow("EBADF");
    const retry = durability.durable();
    expect(flushes.started).toBe(2);
    flushes.finish(1);
    await retry;
    expect(durability.durable()).toBeUndefined();
  });

  it("settles: waits for the flush in flight and flushes what came after it", async () => {
    const flushes = heldFlushes();
    const durability = walDurability(flushes.flush);
    durability.committed();
    void durability.durable();
    durability.committed();
    const settled = durability.settled();
    flushes.finish(0);
    await new Promise((resolve) => setImmediate(resolve));
    flushes.finish(1);
    await settled;
    expect(flushes.started).toBe(2);
    expect(durability.durable()).toBeUndefined();
  });
});

describe("WAL file flush", () => {
  it("flushes the file, opening it on first use; a log not yet created has nothing to flush", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "painplan-wal-"));
    try {
      const walPath = path.join(dir, "db.sqlite-wal");
      const file = walFileFlush(walPath);
      await file.flush();
      writeFileSync(walPath, "frames");
      await file.flush(); // opened now: a missing file earlier does not stick
      await file.close();
      // Anything but a missing file is the disk's answer, passed on.
      await expect(walFileFlush(dir).flush()).rejects.toThrow(/EISDIR/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
