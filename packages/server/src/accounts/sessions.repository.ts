import type { Database } from "../database/database.js";
import type { SessionRow, UserRow } from "../database/schema.js";

export type SessionWithUser = SessionRow & { user: UserRow };

export function sessionsRepository(db: Database) {
  return {
    async insert(session: SessionRow): Promise<void> {
      await db.insertInto("sessions").values(session).execute();
    },

    /** One round trip: the session and its user. */
    async findWithUser(tokenHash: string): Promise<SessionWithUser | undefined> {
      const row = await db
        .selectFrom("sessions")
        .innerJoin("users", "users.id", "sessions.user_id")
        .selectAll("users")
        .select([
          "sessions.token_hash",
          "sessions.user_id",
          "sessions.created_at as session_created_at",
          "sessions.last_seen_at",
        ])
        .where("sessions.token_hash", "=", tokenHash)
        .executeTakeFirst();
      if (row === undefined) return undefined;
      const { token_hash, user_id, session_created_at, last_seen_at, ...user } = row;
      return { token_hash, user_id, created_at: session_created_at, last_seen_at, user };
    },

    async touch(tokenHash: string, lastSeenAt: string): Promise<void> {
      await db
        .updateTable("sessions")
        .set({ last_seen_at: lastSeenAt })
        .where("token_hash", "=", tokenHash)
        .execute();
    },

    async delete(tokenHash: string): Promise<void> {
      await db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
    },

    async deleteOthers(userId: string, keepTokenHash: string): Promise<void> {
      await db
        .deleteFrom("sessions")
        .where("user_id", "=", userId)
        .where("token_hash", "!=", keepTokenHash)
        .execute();
    },
  };
}

export type SessionsRepository = ReturnType<typeof sessionsRepository>;
