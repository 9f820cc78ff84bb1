import type { Database } from "../database/database.js";
import type { WriteTransactions } from "../database/group-commit.js";
import { fieldError } from "../errors/api-error.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import { erasureRepository as erasures } from "./erasure.repository.js";
import type { PasswordHasher } from "./password-hasher.js";

const wrongPassword = () => fieldError("password", "That is not your password.", "wrong_password");

/**
 * Erasing one's own account (issue 9, item 15): after the password is checked again, the
 * account and every row of the person in every table are deleted in one transaction, and the
 * audit keeps only that an erasure happened and when (`account_erasures`). Cannot be undone.
 * Two erasures at once: the first erases, the second finds nothing left and succeeds too.
 */
export function accountErasure(deps: {
  db: Database;
  writes: WriteTransactions;
  hasher: PasswordHasher;
  clock: Clock;
  ids: IdSource;
}) {
  return {
    /** Throws `400 wrong_password` on `password` when it is not the account's password. */
    async erase(userId: string, password: string): Promise<void> {
      const account = await erasures.credentialsOf(deps.db, userId);
      if (account === undefined) return;
      if (!(await deps.hasher.verify(account.password_hash, password))) throw wrongPassword();
      await deps.writes.run(async (trx) => {
        const wasErased = await erasures.eraseAccount(trx, { userId, email: account.email });
        if (wasErased) {
          await erasures.recordErasure(trx, {
            id: deps.ids.newId(),
            at: deps.clock.now().toISOString(),
          });
        }
      });
    },
  };
}

export type AccountErasure = ReturnType<typeof accountErasure>;
