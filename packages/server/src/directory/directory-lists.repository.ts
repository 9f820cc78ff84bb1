import type { Database } from "../database/database.js";

/** Saved practitioners and the questions-to-ask checklist (every query filters by user_id). */
export function directoryListsRepository(db: Database) {
  return {
    /** Saves once; saving again keeps (and returns) the first time. */
    async save(userId: string, profileId: string, now: string): Promise<string> {
      await db
        .insertInto("saved_practitioners")
        .values({ user_id: userId, profile_id: profileId, saved_at: now })
        .onConflict((conflict) => conflict.columns(["user_id", "profile_id"]).doNothing())
        .execute();
      const row = await db
        .selectFrom("saved_practitioners")
        .select("saved_at")
        .where("user_id", "=", userId)
        .where("profile_id", "=", profileId)
        .executeTakeFirstOrThrow();
      return new Date(row.saved_at).toISOString();
    },

    async unsave(userId: string, profileId: string): Promise<void> {
      await db
        .deleteFrom("saved_practitioners")
        .where("user_id", "=", userId)
        .where("profile_id", "=", profileId)
        .execute();
    },

    async saved(userId: string): Promise<{ profileId: string; savedAt: string }[]> {
      const rows = await db
        .selectFrom("saved_practitioners")
        .select(["profile_id", "saved_at"])
        .where("user_id", "=", userId)
        .orderBy("saved_at", "desc")
        .orderBy("profile_id")
        .limit(200)
        .execute();
      return rows.map((row) => ({
        profileId: row.profile_id,
        savedAt: new Date(row.saved_at).toISOString(),
      }));
    },

    async savedAmong(userId: string, profileIds: readonly string[]): Promise<Set<string>> {
      if (profileIds.length === 0) return new Set();
      const rows = await db
        .selectFrom("saved_practitioners")
        .select("profile_id")
        .where("user_id", "=", userId)
        .where("profile_id", "in", profileIds)
        .execute();
      return new Set(rows.map((row) => row.profile_id));
    },

    async questions(userId: string) {
      return db
        .selectFrom("directory_questions")
        .select(["items", "updated_at"])
        .where("user_id", "=", userId)
        .executeTakeFirst();
    },

    async setQuestions(userId: string, items: string, now: string): Promise<void> {
      await db
        .insertInto("directory_questions")
        .values({ user_id: userId, items, updated_at: now })
        .onConflict((conflict) =>
          conflict.column("user_id").doUpdateSet({ items, updated_at: now }),
        )
        .execute();
    },
  };
}
export type DirectoryListsRepository = ReturnType<typeof directoryListsRepository>;
