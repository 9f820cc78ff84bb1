import type { Kysely } from "kysely";
import type { Tables } from "../database/tables.js";

export const erasureRepository = {
  credentialsOf(db: Kysely<Tables>, userId: string) {
    return db.selectFrom("users").select(["email"]).where("id", "=", userId).executeTakeFirst();
  },

  /**
   * Deletes the account. Every table holding a person's rows references `users.id` with
   * `on delete cascade` (sessions, health records, audit events about them, quota counters), so
   * one delete erases them all in the same transaction; the failed sign-in counter is keyed by
   * email and goes separately. Returns whether there was an account to erase.
   */
  async eraseAccount(
    db: Kysely<Tables>,
    account: { userId: string; email: string },
  ): Promise<boolean> {
    await db.deleteFrom("login_throttle").where("key", "=", `account:${account.email}`).execute();
    const result = await db.deleteFrom("users").where("id", "=", account.userId).executeTakeFirst();
    return result.numDeletedRows > 0n;
  },

  async recordErasure(db: Kysely<Tables>, erasure: { id: string; at: string }): Promise<void> {
    await db
      .insertInto("account_erasures")
      .values({ id: erasure.id, erased_at: erasure.at })
      .execute();
  },
};
