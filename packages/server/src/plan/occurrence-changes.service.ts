import {
  addCalendarDays,
  instantOfWallTime,
  planLimits,
  type AddOccurrenceRequest,
  type PlanOccurrence,
  type SetOccurrenceExceptionRequest,
} from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import { lockRecord } from "../database/record-lock.js";
import { ApiError, fieldError, notFound } from "../errors/api-error.js";
import { localDaysWindow } from "./local-day-window.js";
import { staleVersion } from "./plan-checks.js";
import type { PlanDependencies } from "./plan-dependencies.js";
import { expandItem, itemInputs } from "./plan-occurrences.js";
import type { PlansTable } from "./plan.tables.js";
import { plansRepository as plans, type Queryable } from "./plans.repository.js";

/**
 * Changes of single occurrences of an active plan's item: move, cancel or mark held one
 * session, undo that, or add an extra one. The owner's reminders are looked at again after each.
 */
export function occurrenceChangesService(deps: PlanDependencies) {
  const { writes, clock, ids } = deps;

  /** The item of an active plan, locked for the rest of the transaction. */
  async function liveItem(trx: Queryable, owner: RecordOwner, planId: string, itemId: string) {
    await lockRecord(trx, `plan-item:${itemId}`);
    const plan = await plans.byId(trx, owner.userId, planId);
    const item = await plans.item(trx, owner.userId, planId, itemId);
    if (plan === undefined || item === undefined) throw notFound("This plan item");
    if (plan.status !== "active") throw staleVersion(plan.version);
    return { plan, item };
  }

  /** The item's occurrences over the local days around `wallTimes` (a day either side). */
  async function occurrencesAround(
    trx: Queryable,
    owner: RecordOwner,
    plan: PlansTable,
    itemId: string,
    wallTimes: readonly string[],
  ) {
    // The local day of a wall time ("YYYY-MM-DDTHH:MM") is its date part.
    const days = wallTimes.map((wallTime) => wallTime.split("T")[0] ?? "").sort();
    const window = localDaysWindow(
      addCalendarDays(days[0] ?? "", -1),
      addCalendarDays(days.at(-1) ?? "", 1),
      owner.timeZone,
    );
    const { inputs, pauses } = await itemInputs(trx, plan);
    const input = inputs.find((entry) => entry.itemId === itemId);
    if (input === undefined) throw notFound("This plan item");
    return expandItem(input, pauses, owner.timeZone, window, "originalStart");
  }

  async function checkRoom(trx: Queryable, itemId: string) {
    if ((await plans.countChanges(trx, itemId)) >= planLimits.exceptionsPerItemMax) {
      throw new ApiError(
        "validation_failed",
        `An item keeps at most ${planLimits.exceptionsPerItemMax} changed or added sessions.`,
      );
    }
  }

  return {
    /** Moves, cancels or marks held one occurrence of the series (by its original start). */
    async setException(
      owner: RecordOwner,
      params: { planId: string; itemId: string },
      body: SetOccurrenceExceptionRequest,
    ): Promise<PlanOccurrence> {
      const now = clock.now().toISOString();
      const changed = await writes.run(async (trx) => {
        const { plan, item } = await liveItem(trx, owner, params.planId, params.itemId);
        const before = await occurrencesAround(trx, owner, plan, item.id, [body.originalStart]);
        const original = before.find(
          (occurrence) => occurrence.key === body.originalStart && occurrence.status !== "added",
        );
        if (original === undefined) {
          throw fieldError("originalStart", "No session of this item starts then.");
        }
        await checkRoom(trx, item.id);
        const heldAt = body.kind === "held" ? new Date(body.heldAt ?? now).toISOString() : null;
        await plans.upsertException(trx, {
          id: ids.newId(),
          item_id: item.id,
          user_id: owner.userId,
          original_start: body.originalStart,
          kind: body.kind,
          moved_to: body.kind === "moved" ? (body.movedTo ?? null) : null,
          held_at: heldAt,
          updated_at: now,
        });
        await plans.updateItem(trx, item.id, { updated_at: now });
        const after = await occurrencesAround(trx, owner, plan, item.id, [
          body.originalStart,
          ...(body.movedTo === undefined ? [] : [body.movedTo]),
        ]);
        const changed = after.find(
          (occurrence) => occurrence.key === body.originalStart && occurrence.status !== "added",
        );
        if (changed === undefined) throw new Error("A changed occurrence could not be read back.");
        return changed;
      });
      await deps.planChanged(owner.userId);
      return changed;
    },

    /** Undoes the change of one occurrence; 404 when it had none. */
    async clearException(
      owner: RecordOwner,
      params: { planId: string; itemId: string },
      originalStart: string,
    ): Promise<void> {
      const now = clock.now().toISOString();
      await writes.run(async (trx) => {
        const { item } = await liveItem(trx, owner, params.planId, params.itemId);
        const removed = await plans.deleteException(trx, item.id, originalStart);
        if (!removed) throw notFound("A change of this session");
        await plans.updateItem(trx, item.id, { updated_at: now });
      });
      await deps.planChanged(owner.userId);
    },

    /** Adds one extra occurrence; 409 when the item already has one at that start. */
    async addOccurrence(
      owner: RecordOwner,
      params: { planId: string; itemId: string },
      body: AddOccurrenceRequest,
    ): Promise<PlanOccurrence> {
      if (instantOfWallTime(body.start, owner.timeZone) === undefined) {
        throw fieldError("start", "Enter a real date and time.");
      }
      const now = clock.now().toISOString();
      const added = await writes.run(async (trx) => {
        const { plan, item } = await liveItem(trx, owner, params.planId, params.itemId);
        await checkRoom(trx, item.id);
        const isNew = await plans.insertAdded(trx, {
          id: ids.newId(),
          item_id: item.id,
          user_id: owner.userId,
          start: body.start,
          duration_minutes: body.durationMinutes,
          created_at: now,
        });
        if (!isNew) {
          throw new ApiError("write_conflict", "This item already has a session added then.");
        }
        await plans.updateItem(trx, item.id, { updated_at: now });
        const after = await occurrencesAround(trx, owner, plan, item.id, [body.start]);
        const added = after.find(
          (occurrence) => occurrence.key === body.start && occurrence.status === "added",
        );
        if (added === undefined) throw new Error("An added occurrence could not be read back.");
        return added;
      });
      await deps.planChanged(owner.userId);
      return added;
    },
  };
}
