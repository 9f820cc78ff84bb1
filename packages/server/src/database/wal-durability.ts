import { open, type FileHandle } from "node:fs/promises";

/**
 * What the embedded database has committed, and what of it is on disk.
 *
 * SQLite with `synchronous = FULL` flushes the write-ahead log to disk inside every commit, and
 * better-sqlite3 runs the commit on the event loop: the whole server stood still for each flush
 * (0.3–5 ms, depending on the disk), and the requests that came in meanwhile waited for the next
 * batch and the next flush (bench/: quick log). So the writer runs with `synchronous = NORMAL`
 * (the commit writes the log but does not flush it) and this module flushes the log with
 * `fdatasync` on libuv's thread pool while the event loop goes on.
 *
 * The rule that keeps the answers honest: **no answer leaves the server before every commit made
 * until then is on disk** (`durable()`, awaited by group commit for its callers and by every HTTP
 * reply, http/durable-answers.ts). A reply that shows data read from a commit not yet flushed
 * therefore waits for the flush too. After a power loss the database holds a prefix of the
 * commits (the log is replayed up to its first incomplete frame), which always includes every
 * commit anyone was told about.
 */
export type WalDurability = {
  /** Called by the driver after every commit (a transaction's, or a single write's). */
  committed: () => void;
  /**
   * Resolves once every commit made so far is on disk; undefined when it already is (the common
   * case for reads, so they add no wait). Rejects when the flush fails (the disk's error).
   */
  durable: () => Promise<void> | undefined;
  /** Waits for flushes in flight, then flushes what is left (before the connections close). */
  settled: () => Promise<void>;
};

/**
 * Combines flushes: one runs at a time, and the commits made while it runs share the one queued
 * after it (a flush covers only what was written before it started). `flush` puts everything
 * written so far on disk.
 */
export function walDurability(flush: () => Promise<void>): WalDurability {
  let commits = 0;
  let flushedCommits = 0;
  let running: { covers: number; done: Promise<void> } | undefined;
  let queued: Promise<void> | undefined;

  /** Starts a flush covering every commit so far; never throws (a failure is the promise's). */
  function start(): Promise<void> {
    const covers = commits;
    let flushing: Promise<void>;
    try {
      flushing = flush();
    } catch (error) {
      // A flush that throws before it returns a promise fails like one that rejects: its
      // callers (group commit's batch, the waiting replies) hear the error instead of waiting
      // forever, and the next caller starts a new flush.
      flushing = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    const done = flushing.then(() => {
      flushedCommits = Math.max(flushedCommits, covers);
    });
    const current = { covers, done };
    running = current;
    const clear = () => {
      if (running === current) running = undefined;
    };
    done.then(clear, clear);
    return done;
  }

  function durable(): Promise<void> | undefined {
    if (flushedCommits >= commits) return undefined;
    if (running === undefined) return start();
    if (running.covers >= commits) return running.done;
    queued ??= running.done
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return start();
      });
    return queued;
  }

  return {
    committed: () => {
      commits += 1;
    },
    durable,
    settled: async () => {
      await running?.done.catch(() => undefined);
      await queued?.catch(() => undefined);
      await durable();
    },
  };
}

/**
 * Flushes the write-ahead log file `walPath` (`<database>-wal`) with `fdatasync`. The file is
 * opened on first use (SQLite creates it before its first frame) and kept open: SQLite never
 * deletes it while the server's connections are open (only the last one to close removes it).
 */
export function walFileFlush(walPath: string): {
  flush: () => Promise<void>;
  close: () => Promise<void>;
} {
  let handle: Promise<FileHandle> | undefined;
  return {
    flush: async () => {
      handle ??= open(walPath, "r+");
      let file: FileHandle;
      try {
        file = await handle;
      } catch (error) {
        handle = undefined; // tried again next time
        // SQLite writes no frame before it creates the log: without one there is nothing to flush.
        if (isMissingFile(error)) return;
        throw error;
      }
      await file.datasync();
    },
    close: async () => {
      const opened = handle;
      handle = undefined;
      if (opened !== undefined) await (await opened.catch(() => undefined))?.close();
    },
  };
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}
