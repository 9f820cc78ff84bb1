import {
  itemSafetyVerdict,
  localDayOf,
  planApiLimits,
  previousCalendarDate,
  validateSchedule,
  type CreatePlan,
  type CreatePlanItem,
  type ItemSchedule,
  type Plan,
  type PlanChangeKind,
  type PlanPause,
  type PlanSummary,
  type PlanVersionSummary,
  type TherapyId,
  type UpdatePlan,
  type UpdatePlanItem,
} from "@painplan/core";
import type { Updateable } from "kysely";
import type { RecordOwner } from "../audit/reader.js";
import { lockRecord } from "../database/record-lock.js";
import { ApiError, notFound } from "../errors/api-error.js";
import type { PlanDependencies } from "./plan-dependencies.js";
import { isoInstant, itemTitle, loadPlan, parseSnapshot, toPlanItem } from "./plan-records.js";
import type { PlanItemsTable, PlansTable } from "./plan.tables.js";
import { plansRepository as plans, type Queryable } from "./plans.repository.js";

/** Archived plans listed at once: more than anyone makes; the list stays one page. */
const archivedListLength = 200;

type ChangeNote = { reason: string; proposedBy: string };

const missingPlan = () => notFound("This plan");
const missingItem = () => notFound("This plan item");

/** 409 `write_conflict` carrying the plan's current version: the form was loaded before a change. */
export function staleVersion(currentVersion: number): ApiError {
  const message = `The plan changed since you loaded it (it is now at version ${currentVersion}). Reload it, check the change and try again.`;
  return new ApiError("write_conflict", message, {
    fields: [{ path: "expectedVersion", message }],
    currentVersion,
  });
}

function archivedPlan(currentVersion: number): ApiError {
  const message = "This plan is archived and cannot change; change the active plan instead.";
  return new ApiError("write_conflict", message, { currentVersion });
}

/**
 * Schedule problems core finds (`validateSchedule`: invalid RRULE, end before start, more
 * sessions than `planLimits.maxOccurrencesPerExpansion`, duration) as 400 with field errors
 * under `path`.
 */
export function checkSchedule(schedule: ItemSchedule, path = "schedule"): void {
  const problems = validateSchedule(schedule, path);
  if (problems.length > 0) {
    throw new ApiError("validation_failed", "The schedule needs attention.", { fields: problems });
  }
}

/** The item's fields after a change, with exactly one of library therapy or custom name. */
function mergedItem(current: PlanItemsTable, body: UpdatePlanItem) {
  const therapyId =
    body.therapyId !== undefined
      ? body.therapyId
      : body.customName !== undefined && body.customName !== null
        ? null
        : (current.therapy_id as TherapyId | null);
  const customName =
    body.customName !== undefined
      ? body.customName
      : body.therapyId !== undefined && body.therapyId !== null
        ? null
        : current.custom_name;
  const now = toPlanItem(current);
  return {
    therapyId,
    customName,
    practitioner: body.practitioner ?? now.practitioner,
    schedule: body.schedule ?? now.schedule,
    pressure: body.pressure !== undefined ? body.pressure : now.pressure,
    focusRegionIds: body.focusRegionIds ?? now.focusRegionIds,
    avoidRegionIds: body.avoidRegionIds ?? now.avoidRegionIds,
    notes: body.notes ?? now.notes,
    clearance: body.clearance !== undefined ? body.clearance : now.clearance,
  };
}
type ItemFields = ReturnType<typeof mergedItem>;

function itemColumns(fields: ItemFields, safety: { level: string; instructions: string[] }) {
  return {
    therapy_id: fields.therapyId,
    custom_name: fields.customName,
    practitioner: fields.practitioner,
    schedule: JSON.stringify(fields.schedule),
    pressure: fields.pressure,
    focus_areas: JSON.stringify(fields.focusRegionIds),
    avoid_areas: JSON.stringify(fields.avoidRegionIds),
    notes: fields.notes,
    safety_level: safety.level as PlanItemsTable["safety_level"],
    safety_instructions: JSON.stringify(safety.instructions),
    cleared_by: fields.clearance?.clearedBy ?? null,
    cleared_at: fields.clearance?.clearedOn ?? null,
  };
}

function changedFieldNames(body: object, ignore: readonly string[]): string[] {
  return Object.entries(body)
    .filter(([key, value]) => value !== undefined && !ignore.includes(key))
    .map(([key]) => key);
}

const changeMeta = ["expectedVersion", "reason", "proposedBy"];

/**
 * Plans and their items: one active plan per person, archived ones readable; every change to a
 * plan or an item is a new version (what changed, why, who proposed it, and a snapshot), made
 * only when the sender's `expectedVersion` is still current (else 409 with the current version).
 * Items run the safety rules on the owner's current safety intake first.
 */
export function planService(deps: PlanDependencies) {
  const { db, writes, clock, ids } = deps;

  /**
   * Runs one change of a plan in a transaction: the plan locked, still active and at
   * `expectedVersion`; `apply` writes the change and returns the plan columns to change and the
   * words for the timeline; then the version moves on and the snapshot is kept.
   */
  async function changePlan(
    owner: RecordOwner,
    actorId: string,
    planId: string,
    expectedVersion: number,
    note: ChangeNote,
    apply: (
      trx: Queryable,
      plan: PlansTable,
      now: string,
    ) => Promise<{ kind: PlanChangeKind; summary: string; plan?: Updateable<PlansTable> }>,
  ): Promise<Plan> {
    const now = clock.now().toISOString();
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
      const snapshot = await loadPlan(trx, updated);
      await plans.insertVersion(trx, {
        id: ids.newId(),
        plan_id: planId,
        user_id: owner.userId,
        version: updated.version,
        at: now,
        actor_id: actorId,
        change_kind: change.kind,
        summary: change.summary,
        reason: note.reason,
        proposed_by: note.proposedBy,
        snapshot: JSON.stringify(snapshot),
      });
      return snapshot;
    });
    await deps.planChanged(owner.userId);
    return changed;
  }

  /** The safety verdict for an item's fields; `avoid` without clearance is refused (422). */
  async function itemSafety(owner: RecordOwner, fields: ItemFields) {
    const intake = await deps.currentIntake(owner.userId);
    const verdict = itemSafetyVerdict(
      intake,
      fields.therapyId,
      fields.focusRegionIds,
      fields.clearance,
    );
    if (verdict.isBlocked) {
      const reasons = verdict.reasons.join(" ");
      throw new ApiError(
        "validation_failed",
        `Your safety answers say to avoid this: ${reasons} If your provider has cleared it, record who cleared it and when.`,
        {
          fields: [
            { path: "therapyId", message: reasons },
            {
              path: "clearance",
              message: "Record who cleared it and when, or choose something else.",
            },
          ],
        },
        422,
      );
    }
    return verdict;
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

  return {
    async active(owner: RecordOwner): Promise<Plan | null> {
      const row = await plans.active(db, owner.userId);
      return row === undefined ? null : loadPlan(db, row);
    },

    async archived(owner: RecordOwner): Promise<PlanSummary[]> {
      const rows = await plans.archived(db, owner.userId, archivedListLength);
      return rows.map((row) => ({
        id: row.id,
        status: row.status,
        title: row.title,
        startDate: row.start_date,
        reviewDate: row.review_date,
        version: row.version,
        createdAt: isoInstant(row.created_at),
        archivedAt: row.archived_at === null ? null : isoInstant(row.archived_at),
      }));
    },

    async get(owner: RecordOwner, planId: string): Promise<Plan> {
      const row = await plans.byId(db, owner.userId, planId);
      if (row === undefined) throw missingPlan();
      return loadPlan(db, row);
    },

    /** A new active plan; the previous active one is archived (a version of its own). */
    async create(owner: RecordOwner, actorId: string, body: CreatePlan): Promise<Plan> {
      const now = clock.now().toISOString();
      return writes.run(async (trx) => {
        await lockRecord(trx, `plans-of:${owner.userId}`);
        const previous = await plans.active(trx, owner.userId);
        if (previous !== undefined) {
          const archived = await plans.archiveActive(trx, owner.userId, now);
          const bumped =
            archived === undefined
              ? undefined
              : await plans.nextVersion(trx, owner.userId, archived.id, archived.version, {});
          if (bumped !== undefined) {
            await plans.insertVersion(trx, {
              id: ids.newId(),
              plan_id: bumped.id,
              user_id: owner.userId,
              version: bumped.version,
              at: now,
              actor_id: actorId,
              change_kind: "plan-archived",
              summary: `Archived when "${body.title}" started.`,
              reason: body.reason,
              proposed_by: body.proposedBy,
              snapshot: JSON.stringify(await loadPlan(trx, bumped)),
            });
          }
        }
        const row: PlansTable = {
          id: ids.newId(),
          user_id: owner.userId,
          active_user_id: owner.userId,
          status: "active",
          title: body.title,
          start_date: body.startDate,
          review_date: body.reviewDate,
          made_with: body.madeWith,
          version: 1,
          created_at: now,
          updated_at: now,
          archived_at: null,
        };
        await plans.insert(trx, row);
        const snapshot = await loadPlan(trx, row);
        await plans.insertVersion(trx, {
          id: ids.newId(),
          plan_id: row.id,
          user_id: owner.userId,
          version: 1,
          at: now,
          actor_id: actorId,
          change_kind: "plan-created",
          summary: `Started "${body.title}".`,
          reason: body.reason,
          proposed_by: body.proposedBy,
          snapshot: JSON.stringify(snapshot),
        });
        return snapshot;
      });
    },

    update(owner: RecordOwner, actorId: string, planId: string, body: UpdatePlan) {
      return changePlan(owner, actorId, planId, body.expectedVersion, body, (_trx, plan) => {
        const startDate = body.startDate ?? plan.start_date;
        const reviewDate = body.reviewDate !== undefined ? body.reviewDate : plan.review_date;
        if (reviewDate !== null && reviewDate <= startDate) {
          throw new ApiError("validation_failed", "The review date comes after the start date.", {
            fields: [
              { path: "reviewDate", message: "The review date comes after the start date." },
            ],
          });
        }
        const fields = changedFieldNames(body, changeMeta);
        return Promise.resolve({
          kind: "plan-updated" as const,
          summary: `Changed ${fields.join(", ")}.`,
          plan: {
            title: body.title ?? plan.title,
            start_date: startDate,
            review_date: reviewDate,
            made_with: body.madeWith ?? plan.made_with,
          },
        });
      });
    },

    pause(
      owner: RecordOwner,
      actorId: string,
      planId: string,
      body: { expectedVersion: number; pause: PlanPause; proposedBy: string },
    ) {
      const { pause } = body;
      const note = { reason: pause.reason, proposedBy: body.proposedBy };
      return changePlan(
        owner,
        actorId,
        planId,
        body.expectedVersion,
        note,
        async (trx, plan, now) => {
          const overlapping = (await plans.pauses(trx, plan.id)).find(
            (known) => known.from_date <= pause.until && pause.from <= known.until_date,
          );
          if (overlapping !== undefined) {
            const message = `This overlaps the pause from ${overlapping.from_date} to ${overlapping.until_date}.`;
            throw new ApiError("validation_failed", message, {
              fields: [{ path: "pause.from", message }],
            });
          }
          await plans.insertPause(trx, {
            id: ids.newId(),
            plan_id: plan.id,
            user_id: owner.userId,
            from_date: pause.from,
            until_date: pause.until,
            reason: pause.reason,
            created_at: now,
            resumed_at: null,
          });
          return { kind: "plan-paused", summary: `Paused from ${pause.from} to ${pause.until}.` };
        },
      );
    },

    /**
     * Ends the pause that covers today (the owner's day): it now ends yesterday, or is withdrawn
     * when it began today. Without one, withdraws the next pause still to come; 409 when there
     * is none.
     */
    resume(
      owner: RecordOwner,
      actorId: string,
      planId: string,
      body: ChangeNote & { expectedVersion: number },
    ) {
      const today = localDayOf(clock.now().toISOString(), owner.timeZone);
      return changePlan(
        owner,
        actorId,
        planId,
        body.expectedVersion,
        body,
        async (trx, plan, now) => {
          const pauses = await plans.pauses(trx, plan.id);
          const current = pauses.find(
            (pause) => pause.from_date <= today && today <= pause.until_date,
          );
          if (current !== undefined && current.from_date < today) {
            await plans.updatePause(trx, current.id, {
              until_date: previousCalendarDate(today),
              resumed_at: now,
            });
            return { kind: "plan-resumed", summary: `Resumed on ${today}.` };
          }
          // Pauses are ordered by their first day: the first one not over yet is the next.
          const next = current ?? pauses.find((pause) => pause.from_date > today);
          if (next === undefined) {
            throw new ApiError(
              "write_conflict",
              "The plan is not paused, and no pause is coming.",
              {
                currentVersion: plan.version,
              },
            );
          }
          await plans.deletePause(trx, next.id);
          return {
            kind: "plan-resumed",
            summary: `Withdrew the pause from ${next.from_date} to ${next.until_date}.`,
          };
        },
      );
    },

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

    async updateItem(
      owner: RecordOwner,
      actorId: string,
      params: { planId: string; itemId: string },
      body: UpdatePlanItem,
    ): Promise<Plan> {
      const current = await plans.item(db, owner.userId, params.planId, params.itemId);
      if (current === undefined) throw missingItem();
      const fields = mergedItem(current, body);
      if ((fields.therapyId === null) === (fields.customName === null)) {
        const message =
          "Choose a therapy from the library or give a custom item a name (one of the two).";
        throw new ApiError("validation_failed", message, {
          fields: [{ path: "therapyId", message }],
        });
      }
      if (body.schedule !== undefined) checkSchedule(body.schedule);
      const safety = await itemSafety(owner, fields);
      return changePlan(
        owner,
        actorId,
        params.planId,
        body.expectedVersion,
        body,
        async (trx, _plan, now) => {
          const live = await plans.item(trx, owner.userId, params.planId, params.itemId);
          if (live === undefined) throw missingItem();
          await plans.updateItem(trx, live.id, { ...itemColumns(fields, safety), updated_at: now });
          const names = changedFieldNames(body, changeMeta);
          return {
            kind: "item-changed",
            summary: `Changed ${itemTitle(live)}: ${names.join(", ")}.`,
          };
        },
      );
    },

    removeItem(
      owner: RecordOwner,
      actorId: string,
      params: { planId: string; itemId: string },
      body: ChangeNote & { expectedVersion: number },
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
          await plans.updateItem(trx, live.id, { deleted_at: now, updated_at: now });
          return { kind: "item-removed", summary: `Removed ${itemTitle(live)}.` };
        },
      );
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

    async versions(owner: RecordOwner, planId: string): Promise<PlanVersionSummary[]> {
      const plan = await plans.byId(db, owner.userId, planId);
      if (plan === undefined) throw missingPlan();
      const rows = await plans.versions(db, owner.userId, planId);
      return rows.map((row) => ({
        version: row.version,
        at: isoInstant(row.at),
        changeKind: row.change_kind,
        summary: row.summary,
        reason: row.reason,
        proposedBy: row.proposed_by,
      }));
    },

    async version(owner: RecordOwner, planId: string, version: number) {
      const row = await plans.version(db, owner.userId, planId, version);
      if (row === undefined) throw notFound("This version of the plan");
      return {
        version: row.version,
        at: isoInstant(row.at),
        changeKind: row.change_kind,
        summary: row.summary,
        reason: row.reason,
        proposedBy: row.proposed_by,
        snapshot: parseSnapshot(row.snapshot),
      };
    },
  };
}

export type PlanService = ReturnType<typeof planService>;
