import type { Database } from "../database/database.js";
import "./reminders.tables.js";

/** A person's feed row, without its hash. */
export type CalendarFeedRow = {
  userId: string;
  createdAt: string;
  lastFetchedAt: string | null;
  lastUserAgent: string | null;
};

/** The private calendar feeds: one per person, found by the SHA-256 of its secret. */
export type CalendarFeedsRepository = ReturnType<typeof calendarFeedsRepository>;

export function calendarFeedsRepository(db: Database) {
  const columns = ["user_id", "created_at", "last_fetched_at", "last_user_agent"] as const;
  const toRow = (row: {
    user_id: string;
    created_at: string;
    last_fetched_at: string | null;
    last_user_agent: string | null;
  }): CalendarFeedRow => ({
    userId: row.user_id,
    createdAt: row.created_at,
    lastFetchedAt: row.last_fetched_at,
    lastUserAgent: row.last_user_agent,
  });
  return {
    async of(userId: string): Promise<CalendarFeedRow | undefined> {
      const row = await db
        .selectFrom("calendar_feeds")
        .select(columns)
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return row === undefined ? undefined : toRow(row);
    },

    /** A new feed; throws a unique violation when the person has one already. */
    async create(userId: string, tokenHash: string, now: Date): Promise<void> {
      await db
        .insertInto("calendar_feeds")
        .values({ user_id: userId, token_hash: tokenHash, created_at: now.toISOString() })
        .execute();
    },

    /** Replaces the secret (or creates the feed); the old link stops working at once. */
    async replace(userId: string, tokenHash: string, now: Date): Promise<void> {
      await db
        .insertInto("calendar_feeds")
        .values({ user_id: userId, token_hash: tokenHash, created_at: now.toISOString() })
        .onConflict((conflict) =>
          conflict.column("user_id").doUpdateSet({
            token_hash: tokenHash,
            created_at: now.toISOString(),
            last_fetched_at: null,
            last_user_agent: null,
          }),
        )
        .execute();
    },

    /** Removes the feed; false when there was none. */
    async revoke(userId: string): Promise<boolean> {
      const result = await db
        .deleteFrom("calendar_feeds")
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /** Whose feed a secret's hash opens, if any. */
    async ownerOf(tokenHash: string): Promise<string | undefined> {
      const row = await db
        .selectFrom("calendar_feeds")
        .select("user_id")
        .where("token_hash", "=", tokenHash)
        .executeTakeFirst();
      return row?.user_id;
    },

    /** Feed health: when and by which client (User-Agent, cut to 200 characters) it was fetched. */
    async recordFetch(tokenHash: string, userAgent: string | null, now: Date): Promise<void> {
      await db
        .updateTable("calendar_feeds")
        .set({
          last_fetched_at: now.toISOString(),
          last_user_agent: userAgent?.slice(0, 200) ?? null,
        })
        .where("token_hash", "=", tokenHash)
        .execute();
    },
  };
}
