import {
  goalSchema,
  isGoalRetryOf,
  planApiLimits,
  type Goal,
  type GoalRecord,
} from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import { lockRecord } from "../database/record-lock.js";
import { ApiError, notFound } from "../errors/api-error.js";
import { goalRemovedSince, keyReused } from "./plan-checks.js";
import { goalProgressOf } from "./plan-goal-progress.js";
import type { PlanDependencies } from "./plan-dependencies.js";
import { isoInstant } from "./plan-records.js";
import type { PlanGoalsTable } from "./plan.tables.js";
import { goalsRepository as goals, plansRepository as plans } from "./plans.repository.js";

const missingGoal = () => notFound("This goal");

/**
 * Goals: pain reduction, PEG, function, practice minutes and sessions attended, each with its
 * progress computed in core (`goalProgress`) from the person's diary and plan, in their zone.
 */
export function planGoalsService(deps: PlanDependencies) {
  const { db, writes, clock, ids } = deps;

  async function toRecord(owner: RecordOwner, row: PlanGoalsTable): Promise<GoalRecord> {
    const goal = goalSchema.parse(JSON.parse(row.definition));
    return {
      id: row.id,
      planId: row.plan_id,
      goal,
      progress: await goalProgressOf(db, owner, row.id, goal, clock.now()),
      createdAt: isoInstant(row.created_at),
      updatedAt: isoInstant(row.updated_at),
    };
  }

  return {
    async list(owner: RecordOwner): Promise<GoalRecord[]> {
      const rows = await goals.list(db, owner.userId);
      const records: GoalRecord[] = [];
      for (const row of rows) records.push(await toRecord(owner, row));
      return records;
    },

    async get(owner: RecordOwner, goalId: string): Promise<GoalRecord> {
      const row = await goals.byId(db, owner.userId, goalId);
      if (row === undefined) throw missingGoal();
      return toRecord(owner, row);
    },

    /**
     * A new goal, tied to the active plan when there is one; once per idempotency key: the same
     * key and goal again (a retry) return the goal already set, as it is now; another goal under
     * a used key, or a retry of a goal removed since, is 409 `idempotency_key_reused`.
     */
    async create(owner: RecordOwner, key: string, goal: Goal): Promise<GoalRecord> {
      const now = clock.now().toISOString();
      const row = await writes.run(async (trx) => {
        // Under the person's goals lock, so concurrent retries find the first one's goal.
        await lockRecord(trx, `goals-of:${owner.userId}`);
        const stored = await goals.byKey(trx, owner.userId, key);
        if (stored !== undefined) {
          const storedGoal = goalSchema.parse(JSON.parse(stored.definition));
          if (!isGoalRetryOf(goal, storedGoal)) throw keyReused("goal");
          if (stored.deleted_at !== null) throw goalRemovedSince();
          return stored;
        }
        if ((await goals.count(trx, owner.userId)) >= planApiLimits.goalsMax) {
          throw new ApiError(
            "validation_failed",
            `Keep at most ${planApiLimits.goalsMax} goals; remove one first.`,
          );
        }
        const active = await plans.active(trx, owner.userId);
        const inserted: PlanGoalsTable = {
          id: ids.newId(),
          user_id: owner.userId,
          idempotency_key: key,
          plan_id: active?.id ?? null,
          kind: goal.kind,
          definition: JSON.stringify(goal),
          created_at: now,
          updated_at: now,
          deleted_at: null,
        };
        await goals.insert(trx, inserted);
        return inserted;
      });
      return toRecord(owner, row);
    },

    async update(owner: RecordOwner, goalId: string, goal: Goal): Promise<GoalRecord> {
      const now = clock.now().toISOString();
      const isChanged = await writes.run((trx) =>
        goals.update(trx, owner.userId, goalId, {
          kind: goal.kind,
          definition: JSON.stringify(goal),
          updated_at: now,
        }),
      );
      if (!isChanged) throw missingGoal();
      return this.get(owner, goalId);
    },

    async remove(owner: RecordOwner, goalId: string): Promise<void> {
      const now = clock.now().toISOString();
      const isRemoved = await writes.run((trx) =>
        goals.update(trx, owner.userId, goalId, { deleted_at: now, updated_at: now }),
      );
      if (!isRemoved) throw missingGoal();
    },
  };
}

export type PlanGoalsService = ReturnType<typeof planGoalsService>;
