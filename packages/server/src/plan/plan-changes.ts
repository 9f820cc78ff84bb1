import { withCurrentSafety, type PlanChangeKind, type Plan } from "@painplan/core";
import type { Insertable, Updateable } from "kysely";
import type { RecordOwner } from "../audit/reader.js";
import { lockRecord } from "../database/record-lock.js";
import type { PlanDependencies } from "./plan-dependencies.js";
import { archivedPlan, missingPlan, staleVersion } from "./plan-checks.js";
import { loadPlan } from "./plan-records.js";
import type { PlanVersionsTable, PlansTable } from "./plan.tables.js";
import { plansRepository as plans, type Queryable } from "./plans.repository.js";

/** Why a plan changed and who proposed it (kept on the version). */
export type ChangeNote = { reason: string; proposedBy: string };

/** What one change did: its kind and words for the timeline, and the plan columns it changes. */
export type PlanChange = { kind: PlanChangeKind; summary: string; plan?: Updateable<PlansTable> };

/** Writes the change; runs inside `changePlan`'s transaction with the plan locked. */
export type ApplyChange = (trx: Queryable, plan: PlansTable, now: string) => Promise<PlanChange>;

/** The version row of a plan at `snapshot`: who changed it when, how, why, and the whole plan. */
export function versionRow(input: {
  id: string;
  userId: string;
  snapshot: Plan;
  at: string;
  actorId: string;
  kind: PlanChangeKind;
  summary: string;
  note: ChangeNote;
}): Insertable<PlanVersionsTable> {
  return {
    id: input.id,
    plan_id: input.snapshot.id,
    user_id: input.userId,
    version: input.snapshot.version,
    at: input.at,
    actor_id: input.actorId,
    change_kind: input.kind,
    summary: input.summary,
    reason: input.note.reason,
    proposed_by: input.note.proposedBy,
    snapshot: JSON.stringify(input.snapshot),
  };
}

/**
 * The one way a plan changes after it is created: every change is a new version, made only when
 * the sender's `expectedVersion` is still current.
 */
export function planChanges(deps: PlanDependencies) {
  const { writes, clock, ids } = deps;

  /**
   * Runs one change of a plan in a transaction: the plan locked, still active and at
   * `expectedVersion` (else 404, or 409 with the current version); `apply` writes the change and
   * returns the plan columns to change and the words for the timeline; then the version moves on
   * and the snapshot is kept, its items' safety from the owner's current safety answers (the
   * verdicts shown at this version: history). The owner's reminders are looked at again after
   * the commit.
   */
  async function changePlan(
    owner: RecordOwner,
    actorId: string,
    planId: string,
    expectedVersion: number,
    note: ChangeNote,
    apply: ApplyChange,
  ): Promise<Plan> {
    const now = clock.now().toISOString();
    // Read before the transaction: the intake is another area's record, not locked with the plan.
    const intake = await deps.currentIntake(owner.userId);
    const changed = await writes.run(async (trx) => {
      await lockRecord(trx, `plan:${planId}`);
      const plan = await plans.byId(trx, owner.userId, planId);
      if (plan === undefined) throw missingPlan();
      if (plan.status !== "active") throw archivedPlan(plan.version);
      if (plan.version !== expectedVersion) throw staleVersion(plan.version);
      const change = await apply(trx, plan, now);
      const updated = await plans.nextVersion(trx, owner.userId, planId, expectedVersion, {
        ...change.plan,
        updated_at: now,
      });
      if (updated === undefined) throw staleVersion(expectedVersion + 1);
      const snapshot = withCurrentSafety(await loadPlan(trx, updated), intake);
      await plans.insertVersion(
        trx,
        versionRow({
          id: ids.newId(),
          userId: owner.userId,
          snapshot,
          at: now,
          actorId,
          kind: change.kind,
          summary: change.summary,
          note,
        }),
      );
      return snapshot;
    });
    await deps.planChanged(owner.userId);
    return changed;
  }

  return { changePlan };
}

/** See `planChanges`. */
export type PlanChanges = ReturnType<typeof planChanges>;
