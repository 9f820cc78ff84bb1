import type { Kysely } from "kysely";
import type { Database } from "../database/database.js";
import { preparedQuery } from "../database/prepared-query.js";
import { readCacheOf } from "../database/sqlite-connections.js";
import type { SignInSessionRow, UserRow } from "./accounts.tables.js";

export type SignInSessionWithUser = SignInSessionRow & { user: UserRow };

/** Every signed-in request runs this: built and compiled once. */
const sessionWithUser = preparedQuery(1, (db, tokenHash: string) =>
  db
    .selectFrom("sign_in_sessions")
    .innerJoin("users", "users.id", "sign_in_sessions.user_id")
    .selectAll("users")
    .select([
      "sign_in_sessions.token_hash",
      "sign_in_sessions.user_id",
      "sign_in_sessions.created_at as session_created_at",
      "sign_in_sessions.last_seen_at",
    ])
    .where("sign_in_sessions.token_hash", "=", tokenHash),
);

async function loadWithUser(
  db: Database,
  tokenHash: string,
): Promise<SignInSessionWithUser | undefined> {
  const [row] = (await sessionWithUser(db, tokenHash)).rows;
  if (row === undefined) return undefined;
  const { token_hash, user_id, session_created_at, last_seen_at, ...user } = row;
  return { token_hash, user_id, created_at: session_created_at, last_seen_at, user };
}

export function signInSessionsRepository(db: Database) {
  return {
    async insert(session: SignInSessionRow): Promise<void> {
      await db.insertInto("sign_in_sessions").values(session).execute();
    },

    /**
     * One round trip: the session and its user. On SQLite (one server per data folder) the row
     * is kept in memory until a write to either table (`readCacheOf`): every signed-in request
     * reads it, and it changes seldom. PostgreSQL, shared by instances, is read every time.
     */
    async findWithUser(tokenHash: string): Promise<SignInSessionWithUser | undefined> {
      const cache = readCacheOf(db as unknown as Kysely<unknown>, "sign-in-sessions", [
        "sign_in_sessions",
        "users",
      ]);
      const load = () => loadWithUser(db, tokenHash);
      const found = cache === undefined ? await load() : await cache.read(tokenHash, load);
      // A copy: callers may change what they get, never the kept row.
      return found === undefined ? undefined : { ...found, user: { ...found.user } };
    },

    async touch(tokenHash: string, lastSeenAt: string): Promise<void> {
      await db
        .updateTable("sign_in_sessions")
        .set({ last_seen_at: lastSeenAt })
        .where("token_hash", "=", tokenHash)
        .execute();
    },

    async delete(tokenHash: string): Promise<void> {
      await db.deleteFrom("sign_in_sessions").where("token_hash", "=", tokenHash).execute();
    },

    async deleteAllOf(userId: string): Promise<void> {
      await db.deleteFrom("sign_in_sessions").where("user_id", "=", userId).execute();
    },

    async deleteOthers(userId: string, keepTokenHash: string): Promise<void> {
      await db
        .deleteFrom("sign_in_sessions")
        .where("user_id", "=", userId)
        .where("token_hash", "!=", keepTokenHash)
        .execute();
    },
  };
}

export type SignInSessionsRepository = ReturnType<typeof signInSessionsRepository>;
