import type { SafetyIntake } from "@painplan/core";
import type { Database } from "../database/database.js";
import type { WriteTransactions } from "../database/group-commit.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";

/** What the plan services need from the outside world. */
export type PlanDependencies = {
  db: Database;
  writes: WriteTransactions;
  clock: Clock;
  ids: IdSource;
  /** The person's current safety intake (the empty one before the first save). */
  currentIntake: (userId: string) => Promise<SafetyIntake>;
  /**
   * Called after a change to a person's sessions is committed (items, pauses, one session moved,
   * cancelled, held or added), so their reminders are looked at again now rather than at the
   * next hourly look-ahead (`reminders/refresh-reminders.ts`).
   */
  planChanged: (userId: string) => Promise<void>;
};
