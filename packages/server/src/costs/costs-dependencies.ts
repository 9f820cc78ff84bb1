import type { Database } from "../database/database.js";
import type { WriteTransactions } from "../database/group-commit.js";
import type { PlanOccurrences } from "../plan/plan-occurrences.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";

/** What the costs services need from the outside world. */
export type CostsDependencies = {
  db: Database;
  writes: WriteTransactions;
  clock: Clock;
  ids: IdSource;
  planOccurrences: PlanOccurrences;
};
