import {
  goalCheckProblem,
  goalSchema,
  localDayOf,
  type Goal,
  type GoalCheck,
  type GoalCheckResponse,
} from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import { fieldError, notFound } from "../errors/api-error.js";
import { goalChecksRepository as checks } from "./plan-goal-checks.repository.js";
import { goalProgressOf } from "./plan-goal-progress.js";
import type { PlanDependencies } from "./plan-dependencies.js";
import { isoInstant } from "./plan-records.js";
import type { PlanGoalChecksTable } from "./plan.tables.js";
import { goalsRepository as goals, type Queryable } from "./plans.repository.js";

const missingGoal = () => notFound("This goal");

function toCheck(row: PlanGoalChecksTable): GoalCheck {
  return {
    goalId: row.goal_id,
    localDate: row.local_date,
    value: row.value,
    recordedAt: isoInstant(row.recorded_at),
  };
}

async function liveGoal(db: Queryable, owner: RecordOwner, goalId: string): Promise<Goal> {
  const row = await goals.byId(db, owner.userId, goalId);
  if (row === undefined) throw missingGoal();
  return goalSchema.parse(JSON.parse(row.definition));
}

/**
 * Function-goal check-offs (issue 11: "checked off"): the amount a person did on a local day,
 * one per goal and day, fed to core's `goalProgress` as `functionChecks`. Days are the owner's
 * (their zone), never the reader's. Bad input (see core's `goalCheckProblem`) → 400 with a
 * field error, nothing written; a goal that is gone or someone else's → 404.
 */
export function planGoalChecksService(deps: PlanDependencies) {
  const { db, writes, clock, ids } = deps;

  async function put(
    owner: RecordOwner,
    goalId: string,
    localDate: string,
    value: number,
  ): Promise<GoalCheckResponse> {
    const now = clock.now();
    const today = localDayOf(now.toISOString(), owner.timeZone);
    const { goal, row } = await writes.run(async (trx) => {
      const goal = await liveGoal(trx, owner, goalId);
      const problem = goalCheckProblem(goal, { localDate, value }, today);
      if (problem !== undefined) throw fieldError(problem.path, problem.message);
      await checks.upsert(trx, {
        id: ids.newId(),
        user_id: owner.userId,
        goal_id: goalId,
        local_date: localDate,
        value,
        recorded_at: now.toISOString(),
      });
      const row = await checks.byDay(trx, owner.userId, goalId, localDate);
      if (row === undefined) throw new Error("A check-off could not be read back.");
      return { goal, row };
    });
    return { check: toCheck(row), progress: await goalProgressOf(db, owner, goalId, goal, now) };
  }

  return {
    /** A live goal's check-offs, newest day first (404 for no such goal). */
    async list(owner: RecordOwner, goalId: string): Promise<GoalCheck[]> {
      await liveGoal(db, owner, goalId);
      return (await checks.list(db, owner.userId, goalId)).map(toCheck);
    },

    /** "I did it": `value` for today in the owner's zone; replaces today's amount. */
    recordToday(owner: RecordOwner, goalId: string, value: number): Promise<GoalCheckResponse> {
      const today = localDayOf(clock.now().toISOString(), owner.timeZone);
      return put(owner, goalId, today, value);
    },

    /** `value` for the local day `localDate`; replaces that day's amount. */
    put,

    /** Removes one day's check-off; 404 when the goal or that day's check-off is not there. */
    async remove(owner: RecordOwner, goalId: string, localDate: string): Promise<void> {
      await writes.run(async (trx) => {
        await liveGoal(trx, owner, goalId);
        const isRemoved = await checks.remove(trx, owner.userId, goalId, localDate);
        if (!isRemoved) throw notFound("A check-off on this day");
      });
    },
  };
}

export type PlanGoalChecksService = ReturnType<typeof planGoalChecksService>;
