import {
  localDayWindow,
  minuteWindow,
  secondsUntil,
  type AccountQuotaLimits,
} from "@painplan/core";
import type { Kysely } from "kysely";
import type { WriteTransactions } from "../database/group-commit.js";
import type { Tables } from "../database/tables.js";
import { ApiError } from "../errors/api-error.js";
import type { Clock } from "../system/clock.js";
import { dialectOf } from "../database/dialect.js";
import { countQuotaUse, countRequests } from "./account-quotas.repository.js";

/** Counts one request of an account in a minute window; resolves to the count including it. */
type RequestCounter = (userId: string, windowLabel: string) => Promise<number>;

/**
 * The request count for the embedded database: one server per data folder (the folder lock
 * enforces it), so the server's memory is the one place every request of the instance passes,
 * and counting there is as exact as a table, without a disk flush per request (a write per read
 * cost GET /api/me about two thirds of its throughput on SQLite, measured in-process). All
 * accounts share the same UTC minute, so a new minute clears every count at once.
 */
function inMemoryRequestCounter(): RequestCounter {
  let currentLabel = "";
  const counts = new Map<string, number>();
  return (userId, windowLabel) => {
    if (windowLabel !== currentLabel) {
      counts.clear();
      currentLabel = windowLabel;
    }
    const used = (counts.get(userId) ?? 0) + 1;
    counts.set(userId, used);
    return Promise.resolve(used);
  };
}

/** Requests an instance counts before it adds them to the shared row (PostgreSQL). */
export const requestCountBatch = 20;

/**
 * PostgreSQL: instances share the database, so the count lives in a row (`countRequests`) — but a
 * write per request made every signed-in request, GET /api/me included, wait for a database
 * round trip and a row lock (measured: GET /api/me 0.10× → 0.02× of bare Fastify). So each
 * instance counts in memory and adds its requests to the row `batch` at a time, one addition in
 * flight per account. Within an instance the count is exact (the row's total as last read, plus
 * what is in flight, plus what is not yet sent); another instance's requests are seen once it
 * sends them, so N instances may together let through up to (N − 1) × (batch − 1) requests more
 * than the limit in a minute (docs/security.md).
 */
function sharedRequestCounter(writes: WriteTransactions, batch: number): RequestCounter {
  // `inFlight` > 0 while an addition is on its way (a batch is never empty).
  type Count = { shared: number; inFlight: number; unsent: number };
  let currentLabel = "";
  let counts = new Map<string, Count>();
  /** Adds the unsent requests to the row; resolves to how many other instances added since. */
  async function send(userId: string, windowLabel: string, count: Count): Promise<number> {
    const uses = count.unsent;
    const sharedBefore = count.shared;
    count.inFlight = uses;
    count.unsent = 0;
    try {
      const total = await writes.run((trx) => countRequests(trx, userId, windowLabel, uses));
      count.shared = total;
      return Math.max(0, total - sharedBefore - uses);
    } finally {
      count.inFlight = 0;
    }
  }
  return async (userId, windowLabel) => {
    if (windowLabel !== currentLabel) {
      counts = new Map();
      currentLabel = windowLabel;
    }
    const count = counts.get(userId) ?? { shared: 0, inFlight: 0, unsent: 0 };
    counts.set(userId, count);
    count.unsent += 1;
    const used = count.shared + count.inFlight + count.unsent;
    if (count.unsent < batch || count.inFlight > 0) return used;
    // This request's place, moved back by what other instances counted meanwhile.
    return used + (await send(userId, windowLabel, count));
  };
}

type DayWindow = ReturnType<typeof localDayWindow>;

/** `minuteWindow`, worked out once a minute instead of on every signed-in request. */
function minuteWindows() {
  let last: { minute: number; window: ReturnType<typeof minuteWindow> } | undefined;
  return (now: Date) => {
    const minute = Math.floor(now.getTime() / 60_000);
    if (last?.minute !== minute) last = { minute, window: minuteWindow(now) };
    return last.window;
  };
}

/**
 * `localDayWindow` remembered per time zone: working out a zone's local day (luxon) was a share
 * of every new diary entry's time, and the answer holds until that day ends. A remembered window
 * is used only for instants from the one it was worked out for up to its end, which lie in the
 * same local day; anything else (a clock set back in tests, a new day) works it out again.
 */
function localDayWindows() {
  const known = new Map<string, { window: DayWindow; from: number }>();
  return (now: Date, timeZone: string): DayWindow => {
    const at = now.getTime();
    const remembered = known.get(timeZone);
    if (
      remembered !== undefined &&
      at >= remembered.from &&
      at < remembered.window.endsAt.getTime()
    ) {
      return remembered.window;
    }
    const window = localDayWindow(now, timeZone);
    if (known.size >= 1000) known.clear();
    known.set(timeZone, { window, from: at });
    return window;
  };
}

/**
 * The per-account quotas (core `account-quotas.ts`, docs/security.md): a request budget per
 * minute, checked for every signed-in request (on PostgreSQL in memory and, 20 at a time, in a
 * row shared by every instance; in the one server's memory on SQLite), and a diary-entry budget per local day, counted
 * inside the write that creates the entry (so a refused entry is not saved and not counted).
 * Throws `429 quota_exceeded` with `retryAfterSeconds` (the `Retry-After` header) past a limit.
 */
export function accountQuotas(deps: {
  db: Kysely<Tables>;
  writes: WriteTransactions;
  clock: Clock;
  limits: AccountQuotaLimits;
}) {
  const countRequestUse =
    dialectOf(deps.db as unknown as Kysely<unknown>) === "postgres"
      ? sharedRequestCounter(deps.writes, requestCountBatch)
      : inMemoryRequestCounter();
  const dayWindowOf = localDayWindows();
  const minuteWindowOf = minuteWindows();
  return {
    /** One request of a signed-in account (see `sharedRequestCounter` for PostgreSQL). */
    async takeRequest(userId: string): Promise<void> {
      const now = deps.clock.now();
      const window = minuteWindowOf(now);
      const used = await countRequestUse(userId, window.label);
      if (used <= deps.limits.requestsPerMinute) return;
      const retryAfterSeconds = secondsUntil(window, now);
      throw new ApiError(
        "quota_exceeded",
        `This account has made more than ${deps.limits.requestsPerMinute} requests this minute. Please wait ${retryAfterSeconds} seconds.`,
        { retryAfterSeconds },
      );
    },

    /** One new diary entry, counted in the transaction `trx` that inserts it. */
    async takeEntry(trx: Kysely<Tables>, userId: string, timeZone: string): Promise<void> {
      const now = deps.clock.now();
      const window = dayWindowOf(now, timeZone);
      const used = await countQuotaUse(trx, userId, "entries-per-day", window.label);
      if (used <= deps.limits.entriesPerDay) return;
      throw new ApiError(
        "quota_exceeded",
        `You have recorded ${deps.limits.entriesPerDay} diary entries today, the most one day allows. New entries can be recorded again after midnight.`,
        { retryAfterSeconds: secondsUntil(window, now) },
      );
    },
  };
}

export type AccountQuotas = ReturnType<typeof accountQuotas>;
