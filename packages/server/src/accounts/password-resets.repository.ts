import type { Database } from "../database/database.js";
import type { PasswordResetsTable } from "./accounts.tables.js";

export function passwordResetsRepository(db: Database) {
  return {
    async insert(reset: PasswordResetsTable): Promise<void> {
      await db.insertInto("password_resets").values(reset).execute();
    },

    /**
     * Marks the link used and returns its account, in one statement, only if it is unused and
     * not expired at `now`: of two simultaneous uses, exactly one gets the account.
     */
    async consume(tokenHash: string, now: string): Promise<string | undefined> {
      const row = await db
        .updateTable("password_resets")
        .set({ used_at: now })
        .where("token_hash", "=", tokenHash)
        .where("used_at", "is", null)
        .where("expires_at", ">", now)
        .returning("user_id")
        .executeTakeFirst();
      return row?.user_id;
    },
  };
}

export type PasswordResetsRepository = ReturnType<typeof passwordResetsRepository>;
