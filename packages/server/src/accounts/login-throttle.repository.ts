import type { ThrottleLimit } from "@painplan/core";
import { sql } from "kysely";
import type { Database } from "../database/database.js";

/** The outcome of asking for one attempt on a key, with the start of the key's window. */
export type ThrottleReservation = { isReserved: boolean; windowStartedAt: Date };

export function loginThrottleRepository(db: Database) {
  return {
    /**
     * Takes one attempt from the key's allowance in a single statement, *before* the attempt is
     * made, so that simultaneous attempts on any number of app instances can never exceed
     * `limit.maxFailures` per window: an upsert whose update only happens while the window has
     * expired (it restarts at 1) or still has room; no row returned means the key is full.
     */
    async reserve(key: string, limit: ThrottleLimit, now: Date): Promise<ThrottleReservation> {
      const cutoff = new Date(now.getTime() - limit.windowMs).toISOString();
      const isExpired = sql<boolean>`login_throttle.window_started_at <= ${cutoff}`;
      const reserved = await db
        .insertInto("login_throttle")
        .values({ key, failures: 1, window_started_at: now.toISOString() })
        .onConflict((conflict) =>
          conflict
            .column("key")
            .doUpdateSet({
              failures: sql<number>`case when ${isExpired} then 1 else login_throttle.failures + 1 end`,
              window_started_at: sql<string>`case when ${isExpired} then excluded.window_started_at else login_throttle.window_started_at end`,
            })
            .where(sql<boolean>`${isExpired} or login_throttle.failures < ${limit.maxFailures}`),
        )
        .returning("window_started_at")
        .executeTakeFirst();
      if (reserved !== undefined) {
        return { isReserved: true, windowStartedAt: new Date(reserved.window_started_at) };
      }
      const full = await db
        .selectFrom("login_throttle")
        .select("window_started_at")
        .where("key", "=", key)
        .executeTakeFirst();
      return { isReserved: false, windowStartedAt: new Date(full?.window_started_at ?? now) };
    },

    /** Gives one reserved attempt back (the attempt succeeded), if its window is still the key's. */
    async release(key: string, windowStartedAt: Date): Promise<void> {
      await db
        .updateTable("login_throttle")
        .set({ failures: sql<number>`failures - 1` })
        .where("key", "=", key)
        .where("window_started_at", "=", windowStartedAt.toISOString())
        .where("failures", ">", 0)
        .execute();
    },

    async clear(key: string): Promise<void> {
      await db.deleteFrom("login_throttle").where("key", "=", key).execute();
    },
  };
}

export type LoginThrottleRepository = ReturnType<typeof loginThrottleRepository>;
