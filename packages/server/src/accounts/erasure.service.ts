import type { Database } from "../database/database.js";
import type { WriteTransactions } from "../database/group-commit.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import { erasureRepository as erasures } from "./erasure.repository.js";

/**
 * Erasing one's own account (issue 9, item 15): once the route has checked the password again
 * (`AccountsService.confirmPassword`, throttled like sign-in), the
 * account and every row of the person in every table are deleted in one transaction, and the
 * audit keeps only that an erasure happened and when (`account_erasures`). Cannot be undone.
 * Two erasures at once: the first erases, the second finds nothing left and succeeds too.
 */
export function accountErasure(deps: {
  db: Database;
  writes: WriteTransactions;
  clock: Clock;
  ids: IdSource;
}) {
  return {
    /** Erases the account `userId`; nothing happens when it is already gone. */
    async erase(userId: string): Promise<void> {
      const account = await erasures.credentialsOf(deps.db, userId);
      if (account === undefined) return;
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
