import type { Database } from "../database/database.js";
import type { WriteTransactions } from "../database/group-commit.js";
import type { SessionChargesRepository } from "../costs/session-charges.repository.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";

/** What the sessions services need from the outside world. */
export type SessionsDependencies = {
  db: Database;
  writes: WriteTransactions;
  clock: Clock;
  ids: IdSource;
  /** The costs area's session charges: recorded in the same transaction as the session. */
  charges: SessionChargesRepository;
  /** After a planned session is logged or removed: the reminders look at the plan again. */
  planChanged: (userId: string) => Promise<void>;
};
