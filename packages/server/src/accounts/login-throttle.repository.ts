import type { ThrottleState } from "@painplan/core";
import { sql } from "kysely";
import type { Database } from "../database/database.js";

export function loginThrottleRepository(db: Database) {
  return {
    async find(key: string): Promise<ThrottleState | undefined> {
      const row = await db
        .selectFrom("login_throttle")
        .select(["failures", "window_started_at"])
        .where("key", "=", key)
        .executeTakeFirst();
      return row === undefined
        ? undefined
        : { failures: row.failures, windowStartedAt: new Date(row.window_started_at) };
    },

    /**
     * Counts one failure in a single statement so that concurrent sign-ins on several app
     * instances never lose a count; a window older than `cutoff` restarts at 1.
     */
    async recordFailure(key: string, now: Date, cutoff: Date): Promise<void> {
      const nowIso = now.toISOString();
      const isExpired = sql<boolean>`login_throttle.window_started_at < ${cutoff.toISOString()}`;
      await db
        .insertInto("login_throttle")
        .values({ key, failures: 1, window_started_at: nowIso })
        .onConflict((conflict) =>
          conflict.column("key").doUpdateSet({
            failures: sql<number>`case when ${isExpired} then 1 else login_throttle.failures + 1 end`,
            window_started_at: sql<string>`case when ${isExpired} then excluded.window_started_at else login_throttle.window_started_at end`,
          }),
        )
        .execute();
    },

    async clear(key: string): Promise<void> {
      await db.deleteFrom("login_throttle").where("key", "=", key).execute();
    },
  };
}

export type LoginThrottleRepository = ReturnType<typeof loginThrottleRepository>;
