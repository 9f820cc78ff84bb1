import type { Database } from "../database/database.js";
import type { WriteTransactions } from "../database/group-commit.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";

/** What the diary services need from the outside world. */
export type DiaryDependencies = {
  db: Database;
  writes: WriteTransactions;
  clock: Clock;
  ids: IdSource;
};
