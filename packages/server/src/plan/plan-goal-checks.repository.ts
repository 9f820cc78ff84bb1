import type { Insertable } from "kysely";
import type { PlanGoalChecksTable } from "./plan.tables.js";
import type { Queryable } from "./plans.repository.js";

/** Function-goal check-offs: every query filters by user_id and goal id. */
export const goalChecksRepository = {
  /** A goal's check-offs, newest day first. */
  list(db: Queryable, userId: string, goalId: string) {
    return db
      .selectFrom("plan_goal_checks")
      .selectAll()
      .where("user_id", "=", userId)
      .where("goal_id", "=", goalId)
      .orderBy("local_date", "desc")
      .execute();
  },

  /** A goal's check-offs between two local days (inclusive), as core's `functionChecks`. */
  async between(db: Queryable, userId: string, goalId: string, fromDate: string, toDate: string) {
    const rows = await db
      .selectFrom("plan_goal_checks")
      .select(["local_date", "value"])
      .where("user_id", "=", userId)
      .where("goal_id", "=", goalId)
      .where("local_date", ">=", fromDate)
      .where("local_date", "<=", toDate)
      .execute();
    return rows.map((row) => ({ localDate: row.local_date, value: row.value }));
  },

  /**
   * One row per goal and local day: a second check-off that day replaces the value (a single
   * `insert … on conflict do update`, so concurrent check-offs of one day never make two rows).
   */
  async upsert(db: Queryable, row: Insertable<PlanGoalChecksTable>) {
    await db
      .insertInto("plan_goal_checks")
      .values(row)
      .onConflict((conflict) =>
        conflict
          .columns(["goal_id", "local_date"])
          .doUpdateSet({ value: row.value, recorded_at: row.recorded_at }),
      )
      .execute();
  },

  byDay(db: Queryable, userId: string, goalId: string, localDate: string) {
    return db
      .selectFrom("plan_goal_checks")
      .selectAll()
      .where("user_id", "=", userId)
      .where("goal_id", "=", goalId)
      .where("local_date", "=", localDate)
      .executeTakeFirst();
  },

  /** Whether that day had a check-off to remove. */
  async remove(db: Queryable, userId: string, goalId: string, localDate: string) {
    const result = await db
      .deleteFrom("plan_goal_checks")
      .where("user_id", "=", userId)
      .where("goal_id", "=", goalId)
      .where("local_date", "=", localDate)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },
};
