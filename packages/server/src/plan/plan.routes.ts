import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { PlanCalendarService } from "./plan-calendar.service.js";
import type { PlanGoalChecksService } from "./plan-goal-checks.service.js";
import type { PlanGoalsService } from "./plan-goals.service.js";
import type { PlanService } from "./plan.service.js";

/** The plan area's routes: the plan, its calendar and goals are the owner's health records. */
export function planRoutes(
  route: RouteRegistrar,
  services: {
    plans: PlanService;
    calendar: PlanCalendarService;
    goals: PlanGoalsService;
    goalChecks: PlanGoalChecksService;
  },
) {
  const { plans, calendar, goals, goalChecks } = services;
  const actorOf = (reader: { actor: { userId: string } }) => reader.actor.userId;

  route(endpoints.getActivePlan, async ({ owner }) => ({ plan: await plans.active(owner) }));
  route(endpoints.listArchivedPlans, async ({ owner }) => ({
    plans: await plans.archived(owner),
  }));
  route(endpoints.getPlan, ({ owner, params }) => plans.get(owner, params.planId));
  route(endpoints.createPlan, ({ owner, reader, body }) =>
    plans.create(owner, actorOf(reader), body),
  );
  route(endpoints.updatePlan, ({ owner, reader, params, body }) =>
    plans.update(owner, actorOf(reader), params.planId, body),
  );
  route(endpoints.pausePlan, ({ owner, reader, params, body }) =>
    plans.pause(owner, actorOf(reader), params.planId, body),
  );
  route(endpoints.resumePlan, ({ owner, reader, params, body }) =>
    plans.resume(owner, actorOf(reader), params.planId, body),
  );
  route(endpoints.createPlanItem, ({ owner, reader, params, body }) =>
    plans.addItem(owner, actorOf(reader), params.planId, body),
  );
  route(endpoints.updatePlanItem, ({ owner, reader, params, body }) =>
    plans.updateItem(owner, actorOf(reader), params, body),
  );
  route(endpoints.deletePlanItem, ({ owner, reader, params, body }) =>
    plans.removeItem(owner, actorOf(reader), params, body),
  );
  route(endpoints.checkPlanItemSafety, ({ owner, body }) => plans.checkItemSafety(owner, body));
  route(endpoints.listPlanVersions, async ({ owner, params }) => ({
    versions: await plans.versions(owner, params.planId),
  }));
  route(endpoints.getPlanVersion, ({ owner, params }) =>
    plans.version(owner, params.planId, params.version),
  );
  route(endpoints.getPlanCalendar, ({ owner, query }) => calendar.calendar(owner, query));
  route(endpoints.getPlanToday, ({ owner }) => calendar.today(owner));
  route(endpoints.setOccurrenceException, async ({ owner, params, body }) => ({
    occurrence: await calendar.setException(owner, params, body),
  }));
  route(endpoints.clearOccurrenceException, async ({ owner, params, body }) => {
    await calendar.clearException(owner, params, body.originalStart);
    return undefined;
  });
  route(endpoints.addOccurrence, async ({ owner, params, body }) => ({
    occurrence: await calendar.addOccurrence(owner, params, body),
  }));
  route(endpoints.previewPlanConflicts, ({ owner, body }) => calendar.conflicts(owner, body));
  route(endpoints.listGoals, async ({ owner }) => ({ goals: await goals.list(owner) }));
  route(endpoints.createGoal, ({ owner, body }) =>
    goals.create(owner, body.idempotencyKey, body.goal),
  );
  route(endpoints.getGoal, ({ owner, params }) => goals.get(owner, params.goalId));
  route(endpoints.updateGoal, ({ owner, params, body }) =>
    goals.update(owner, params.goalId, body.goal),
  );
  route(endpoints.deleteGoal, async ({ owner, params }) => {
    await goals.remove(owner, params.goalId);
    return undefined;
  });
  route(endpoints.listGoalChecks, async ({ owner, params }) => ({
    checks: await goalChecks.list(owner, params.goalId),
  }));
  route(endpoints.recordGoalCheckToday, ({ owner, params, body }) =>
    goalChecks.recordToday(owner, params.goalId, body.value),
  );
  route(endpoints.putGoalCheck, ({ owner, params, body }) =>
    goalChecks.put(owner, params.goalId, params.localDate, body.value),
  );
  route(endpoints.deleteGoalCheck, async ({ owner, params }) => {
    await goalChecks.remove(owner, params.goalId, params.localDate);
    return undefined;
  });
}
