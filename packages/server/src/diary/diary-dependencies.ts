import type { Database } from "../database/database.js";
import type { WriteTransactions } from "../database/group-commit.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import type { AccountQuotas } from "../accounts/account-quotas.service.js";

/** What the diary services need from the outside world. */
export type DiaryDependencies = {
  db: Database;
  writes: WriteTransactions;
  clock: Clock;
  ids: IdSource;
  /** The per-account quotas: each new entry is counted against the entries-per-day one. */
  quotas: Pick<AccountQuotas, "takeEntry">;
};
