import type { HealthRecordOwner } from "../audit/health-record-gate.js";
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

/** The person whose diary it is, with the time zone their days are counted in. */
export type DiaryOwner = HealthRecordOwner;
