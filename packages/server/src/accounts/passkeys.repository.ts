import type { Database } from "../database/database.js";
import type {
  PasskeyChallengePurpose,
  PasskeyChallengesTable,
  PasskeyRow,
  PasskeysTable,
} from "./passkeys.tables.js";

/** Thrown when a credential id is stored already (this or another account registered it). */
export class PasskeyExistsError extends Error {}

function isDuplicateKey(error: unknown): boolean {
  if (!(error instanceof Error) || !("code" in error)) return false;
  return ["23505", "SQLITE_CONSTRAINT_PRIMARYKEY", "SQLITE_CONSTRAINT_UNIQUE"].includes(
    String(error.code),
  );
}

/** Passkeys and their challenges (tables `passkeys`, `passkey_challenges`). */
export function passkeysRepository(db: Database) {
  return {
    /** Stores a challenge; first deletes every expired one, so unanswered ones do not pile up. */
    async insertChallenge(challenge: PasskeyChallengesTable): Promise<void> {
      await db
        .deleteFrom("passkey_challenges")
        .where("expires_at", "<=", challenge.created_at)
        .execute();
      await db.insertInto("passkey_challenges").values(challenge).execute();
    },

    /**
     * Marks the challenge used and returns it, in one statement, only if it has this purpose
     * and account, is unused and has not expired at `now`: of two answers to one challenge,
     * exactly one gets it.
     */
    async consumeChallenge(
      id: string,
      purpose: PasskeyChallengePurpose,
      userId: string | null,
      now: string,
    ): Promise<string | undefined> {
      let query = db
        .updateTable("passkey_challenges")
        .set({ used_at: now })
        .where("id", "=", id)
        .where("purpose", "=", purpose)
        .where("used_at", "is", null)
        .where("expires_at", ">", now);
      query =
        userId === null ? query.where("user_id", "is", null) : query.where("user_id", "=", userId);
      const row = await query.returning("challenge").executeTakeFirst();
      return row?.challenge;
    },

    async insert(passkey: PasskeysTable): Promise<void> {
      try {
        await db.insertInto("passkeys").values(passkey).execute();
      } catch (error) {
        if (isDuplicateKey(error)) throw new PasskeyExistsError();
        throw error;
      }
    },

    async findById(id: string): Promise<PasskeyRow | undefined> {
      return db.selectFrom("passkeys").selectAll().where("id", "=", id).executeTakeFirst();
    },

    async listOf(userId: string): Promise<PasskeyRow[]> {
      return db
        .selectFrom("passkeys")
        .selectAll()
        .where("user_id", "=", userId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
    },

    async countOf(userId: string): Promise<number> {
      const row = await db
        .selectFrom("passkeys")
        .select((eb) => eb.fn.countAll().as("count"))
        .where("user_id", "=", userId)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /**
     * Stores the new signature counter only if the stored one is still `previous`: of two
     * sign-ins with one passkey at once, one moves the counter and the other is refused.
     */
    async advanceCounter(
      id: string,
      previous: number,
      next: number,
      now: string,
    ): Promise<boolean> {
      const result = await db
        .updateTable("passkeys")
        .set({ counter: next, last_used_at: now })
        .where("id", "=", id)
        .where("counter", "=", previous)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Deletes one of the person's passkeys; false when they have none with this id. */
    async remove(userId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom("passkeys")
        .where("id", "=", id)
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}

export type PasskeysRepository = ReturnType<typeof passkeysRepository>;
