import { localDayOf, previousCalendarDate, type Plan, type PlanPause } from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import { ApiError } from "../errors/api-error.js";
import type { ChangeNote, PlanChanges } from "./plan-changes.js";
import type { PlanDependencies } from "./plan-dependencies.js";
import { plansRepository as plans } from "./plans.repository.js";

/** Pauses of a plan (no sessions from one day to another), each a new version of the plan. */
export function planPausesService(deps: PlanDependencies, changes: PlanChanges) {
  const { clock, ids } = deps;
  const { changePlan } = changes;

  return {
    /** Adds a pause; 400 on `pause.from` when it overlaps one the plan has. */
    pause(
      owner: RecordOwner,
      actorId: string,
      planId: string,
      body: { expectedVersion: number; pause: PlanPause; proposedBy: string },
    ): Promise<Plan> {
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
    ): Promise<Plan> {
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
  };
}
