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
import { countQuotaUse, countRequest } from "./account-quotas.repository.js";

/**
 * The per-account quotas (core `account-quotas.ts`, docs/security.md): a request budget per
 * minute, checked for every signed-in request, and a diary-entry budget per local day, counted
 * inside the write that creates the entry (so a refused entry is not saved and not counted).
 * Throws `429 quota_exceeded` with `retryAfterSeconds` (the `Retry-After` header) past a limit.
 */
export function accountQuotas(deps: {
  writes: WriteTransactions;
  clock: Clock;
  limits: AccountQuotaLimits;
}) {
  return {
    /** One request of a signed-in account: its own small write (see `countRequest`). */
    async takeRequest(userId: string): Promise<void> {
      const now = deps.clock.now();
      const window = minuteWindow(now);
      const used = await deps.writes.run((trx) => countRequest(trx, userId, window.label));
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
