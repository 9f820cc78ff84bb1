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
import { countQuotaUse, countRequest } from "./account-quotas.repository.js";

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

/** PostgreSQL: instances share the database, so the count is a row (see `countRequest`). */
function databaseRequestCounter(writes: WriteTransactions): RequestCounter {
  return (userId, windowLabel) => writes.run((trx) => countRequest(trx, userId, windowLabel));
}

/**
 * The per-account quotas (core `account-quotas.ts`, docs/security.md): a request budget per
 * minute, checked for every signed-in request (in a row shared by every instance on PostgreSQL;
 * in the one server's memory on SQLite), and a diary-entry budget per local day, counted
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
      ? databaseRequestCounter(deps.writes)
      : inMemoryRequestCounter();
  return {
    /** One request of a signed-in account (counted in memory on SQLite, in a row on PostgreSQL). */
    async takeRequest(userId: string): Promise<void> {
      const now = deps.clock.now();
      const window = minuteWindow(now);
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
      const window = localDayWindow(now, timeZone);
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
