import {
  itemSafetyVerdict,
  planApiLimits,
  type CreatePlanItem,
  type Plan,
  type TherapyId,
  type UpdatePlanItem,
} from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import { ApiError } from "../errors/api-error.js";
import type { ChangeNote, PlanChange, PlanChanges } from "./plan-changes.js";
import { checkSchedule, missingItem } from "./plan-checks.js";
import type { PlanDependencies } from "./plan-dependencies.js";
import {
  changedFieldNames,
  checkedItemSafety,
  itemColumns,
  mergedItem,
  type ItemFields,
} from "./plan-item-fields.js";
import { itemTitle } from "./plan-records.js";
import type { PlanItemsTable } from "./plan.tables.js";
import { plansRepository as plans, type Queryable } from "./plans.repository.js";

type ItemParams = { planId: string; itemId: string };

/**
 * A plan's items: added, changed and removed as new versions of the plan (`planChanges`), each
 * checked by the safety rules on the owner's current safety intake first.
 */
export function planItemsService(deps: PlanDependencies, changes: PlanChanges) {
  const { db, ids } = deps;
  const { changePlan } = changes;

  async function itemSafety(owner: RecordOwner, fields: ItemFields) {
    return checkedItemSafety(await deps.currentIntake(owner.userId), fields);
  }

  async function checkedItemCount(trx: Queryable, planId: string) {
    const count = (await plans.items(trx, planId)).length;
    if (count >= planApiLimits.itemsPerPlanMax) {
      throw new ApiError(
        "validation_failed",
        `A plan holds at most ${planApiLimits.itemsPerPlanMax} items; remove one first.`,
      );
    }
  }

  /** A change of one live item of the plan (404 when it is gone by the time the plan is locked). */
  function changeItem(
    owner: RecordOwner,
    actorId: string,
    params: ItemParams,
    body: ChangeNote & { expectedVersion: number },
    apply: (trx: Queryable, live: PlanItemsTable, now: string) => Promise<PlanChange>,
  ): Promise<Plan> {
    return changePlan(
      owner,
      actorId,
      params.planId,
      body.expectedVersion,
      body,
      async (trx, _plan, now) => {
        const live = await plans.item(trx, owner.userId, params.planId, params.itemId);
        if (live === undefined) throw missingItem();
        return apply(trx, live, now);
      },
    );
  }

  return {
    /** Adds an item (400 for a bad schedule or a full plan, 422 when safety says avoid). */
    async addItem(
      owner: RecordOwner,
      actorId: string,
      planId: string,
      body: CreatePlanItem,
    ): Promise<Plan> {
      checkSchedule(body.schedule);
      const fields: ItemFields = { ...body };
      const safety = await itemSafety(owner, fields);
      return changePlan(
        owner,
        actorId,
        planId,
        body.expectedVersion,
        body,
        async (trx, plan, now) => {
          await checkedItemCount(trx, plan.id);
          const row = {
            id: ids.newId(),
            plan_id: plan.id,
            user_id: owner.userId,
            ...itemColumns(fields, safety),
            created_at: now,
            updated_at: now,
            deleted_at: null,
          };
          await plans.insertItem(trx, row);
          return { kind: "item-added", summary: `Added ${itemTitle(row)}.` };
        },
      );
    },

    /** Changes the fields `body` sets; the safety rules see the item as it will be. */
    async updateItem(
      owner: RecordOwner,
      actorId: string,
      params: ItemParams,
      body: UpdatePlanItem,
    ): Promise<Plan> {
      const current = await plans.item(db, owner.userId, params.planId, params.itemId);
      if (current === undefined) throw missingItem();
      const fields = mergedItem(current, body);
      if (body.schedule !== undefined) checkSchedule(body.schedule);
      const safety = await itemSafety(owner, fields);
      return changeItem(owner, actorId, params, body, async (trx, live, now) => {
        await plans.updateItem(trx, live.id, { ...itemColumns(fields, safety), updated_at: now });
        const names = changedFieldNames(body);
        return {
          kind: "item-changed",
          summary: `Changed ${itemTitle(live)}: ${names.join(", ")}.`,
        };
      });
    },

    /** Removes an item (soft: it stays in earlier versions' snapshots). */
    removeItem(
      owner: RecordOwner,
      actorId: string,
      params: ItemParams,
      body: ChangeNote & { expectedVersion: number },
    ): Promise<Plan> {
      return changeItem(owner, actorId, params, body, async (trx, live, now) => {
        await plans.updateItem(trx, live.id, { deleted_at: now, updated_at: now });
        return { kind: "item-removed", summary: `Removed ${itemTitle(live)}.` };
      });
    },

    /** What the safety rules say about a draft item (nothing is saved). */
    async checkItemSafety(
      owner: RecordOwner,
      draft: {
        therapyId: TherapyId | null;
        focusRegionIds: string[];
        clearance: CreatePlanItem["clearance"];
      },
    ) {
      const intake = await deps.currentIntake(owner.userId);
      return itemSafetyVerdict(intake, draft.therapyId, draft.focusRegionIds, draft.clearance);
    },
  };
}
