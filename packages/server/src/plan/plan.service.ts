import {
  isPlanRetryOf,
  withCurrentSafety,
  type CreatePlan,
  type Plan,
  type PlanSummary,
  type PlanVersionSummary,
  type UpdatePlan,
} from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import { lockRecord } from "../database/record-lock.js";
import { ApiError, notFound } from "../errors/api-error.js";
import { planChanges, versionRow } from "./plan-changes.js";
import { keyReused, missingPlan } from "./plan-checks.js";
import type { PlanDependencies } from "./plan-dependencies.js";
import { changedFieldNames } from "./plan-item-fields.js";
import { planItemsService } from "./plan-items.service.js";
import { planPausesService } from "./plan-pauses.service.js";
import { isoInstant, loadPlan, parseSnapshot } from "./plan-records.js";
import type { PlanVersionsTable, PlansTable } from "./plan.tables.js";
import { plansRepository as plans, type Queryable } from "./plans.repository.js";

/** A stored version as the timeline shows it (without its snapshot). */
function toVersionSummary(
  row: Pick<
    PlanVersionsTable,
    "version" | "at" | "change_kind" | "summary" | "reason" | "proposed_by"
  >,
): PlanVersionSummary {
  return {
    version: row.version,
    at: isoInstant(row.at),
    changeKind: row.change_kind,
    summary: row.summary,
    reason: row.reason,
    proposedBy: row.proposed_by,
  };
}

/**
 * The answer to a retried create: the plan started under its key, as it is now, when the
 * request is the one that started it (compared with version 1, so later changes do not matter).
 */
async function retriedPlan(
  trx: Queryable,
  userId: string,
  started: PlansTable,
  body: CreatePlan,
): Promise<Plan> {
  const first = await plans.version(trx, userId, started.id, 1);
  if (first === undefined) throw keyReused("plan");
  const asStarted = parseSnapshot(first.snapshot);
  const note = { reason: first.reason, proposedBy: first.proposed_by };
  if (!isPlanRetryOf(body, { ...asStarted, ...note })) throw keyReused("plan");
  return loadPlan(trx, started);
}

/** Archived plans listed at once: more than anyone makes; the list stays one page. */
const archivedListLength = 200;

/**
 * Plans and their items: one active plan per person, archived ones readable; every change to a
 * plan or an item is a new version (what changed, why, who proposed it, and a snapshot), made
 * only when the sender's `expectedVersion` is still current (else 409 with the current version).
 * Items run the safety rules on the owner's current safety intake first, and every plan it
 * returns (or keeps as a version) shows each item's safety from the intake as it is now.
 */
export function planService(deps: PlanDependencies) {
  const { db, writes, clock, ids } = deps;
  const changes = planChanges(deps);

  /** The stored plan with its items' safety from the owner's current answers (never stale). */
  async function currentPlan(owner: RecordOwner, row: PlansTable): Promise<Plan> {
    const [plan, intake] = await Promise.all([loadPlan(db, row), deps.currentIntake(owner.userId)]);
    return withCurrentSafety(plan, intake);
  }

  return {
    async active(owner: RecordOwner): Promise<Plan | null> {
      const row = await plans.active(db, owner.userId);
      return row === undefined ? null : currentPlan(owner, row);
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
      return currentPlan(owner, row);
    },

    /**
     * A new active plan; the previous active one is archived (a version of its own). Once per
     * idempotency key: the same key and fields again (a retry) return the plan already started,
     * as it is now, and archive nothing; other fields under a used key are 409
     * `idempotency_key_reused`.
     */
    async create(owner: RecordOwner, actorId: string, body: CreatePlan): Promise<Plan> {
      const now = clock.now().toISOString();
      const note = { reason: body.reason, proposedBy: body.proposedBy };
      const intake = await deps.currentIntake(owner.userId);
      return writes.run(async (trx) => {
        // Under the person's plan lock, so concurrent retries find the first one's plan.
        await lockRecord(trx, `plans-of:${owner.userId}`);
        const started = await plans.byKey(trx, owner.userId, body.idempotencyKey);
        if (started !== undefined)
          return withCurrentSafety(await retriedPlan(trx, owner.userId, started, body), intake);
        const previous = await plans.active(trx, owner.userId);
        if (previous !== undefined) {
          const archived = await plans.archiveActive(trx, owner.userId, now);
          const bumped =
            archived === undefined
              ? undefined
              : await plans.nextVersion(trx, owner.userId, archived.id, archived.version, {});
          if (bumped !== undefined) {
            await plans.insertVersion(
              trx,
              versionRow({
                id: ids.newId(),
                userId: owner.userId,
                snapshot: withCurrentSafety(await loadPlan(trx, bumped), intake),
                at: now,
                actorId,
                kind: "plan-archived",
                summary: `Archived when "${body.title}" started.`,
                note,
              }),
            );
          }
        }
        const row: PlansTable = {
          id: ids.newId(),
          user_id: owner.userId,
          idempotency_key: body.idempotencyKey,
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
        const snapshot = withCurrentSafety(await loadPlan(trx, row), intake);
        await plans.insertVersion(
          trx,
          versionRow({
            id: ids.newId(),
            userId: owner.userId,
            snapshot,
            at: now,
            actorId,
            kind: "plan-created",
            summary: `Started "${body.title}".`,
            note,
          }),
        );
        return snapshot;
      });
    },

    /** Changes the plan's title, dates or "made with"; the review date comes after the start. */
    update(owner: RecordOwner, actorId: string, planId: string, body: UpdatePlan) {
      return changes.changePlan(
        owner,
        actorId,
        planId,
        body.expectedVersion,
        body,
        (_trx, plan) => {
          const startDate = body.startDate ?? plan.start_date;
          const reviewDate = body.reviewDate !== undefined ? body.reviewDate : plan.review_date;
          if (reviewDate !== null && reviewDate <= startDate) {
            throw new ApiError("validation_failed", "The review date comes after the start date.", {
              fields: [
                { path: "reviewDate", message: "The review date comes after the start date." },
              ],
            });
          }
          return Promise.resolve({
            kind: "plan-updated" as const,
            summary: `Changed ${changedFieldNames(body).join(", ")}.`,
            plan: {
              title: body.title ?? plan.title,
              start_date: startDate,
              review_date: reviewDate,
              made_with: body.madeWith ?? plan.made_with,
            },
          });
        },
      );
    },

    ...planPausesService(deps, changes),
    ...planItemsService(deps, changes),

    async versions(owner: RecordOwner, planId: string): Promise<PlanVersionSummary[]> {
      const plan = await plans.byId(db, owner.userId, planId);
      if (plan === undefined) throw missingPlan();
      return (await plans.versions(db, owner.userId, planId)).map(toVersionSummary);
    },

    async version(owner: RecordOwner, planId: string, version: number) {
      const row = await plans.version(db, owner.userId, planId, version);
      if (row === undefined) throw notFound("This version of the plan");
      return { ...toVersionSummary(row), snapshot: parseSnapshot(row.snapshot) };
    },
  };
}

/** The plan use cases (routes, and care-team proposals); see `planService`. */
export type PlanService = ReturnType<typeof planService>;
