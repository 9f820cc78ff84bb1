import type { AppModule } from "../app-module.js";
import { requestReminderRefresh } from "../reminders/reminder-job-kinds.js";
import { safetyIntakeRepository } from "../safety/safety-intake.repository.js";
import { emptySafetyIntake } from "@painplan/core";
import { planCalendarService } from "./plan-calendar.service.js";
import { planAdherenceRoutes } from "./adherence.routes.js";
import { planAdherenceService } from "./adherence.service.js";
import { planGoalChecksService } from "./plan-goal-checks.service.js";
import { planGoalsService } from "./plan-goals.service.js";
import { planRoutes } from "./plan.routes.js";
import { planService } from "./plan.service.js";

/**
 * The treatment plan: plans with versions, items checked by the safety rules, the calendar with
 * per-occurrence changes, conflict previews, Today, goals and function-goal check-offs.
 */
export const planModule: AppModule = {
  name: "plan",
  register({ route, deps: appDeps, jobs }) {
    const intakes = safetyIntakeRepository(appDeps.db);
    const deps = {
      ...appDeps,
      currentIntake: async (userId: string) => (await intakes.current(userId)) ?? emptySafetyIntake,
      planChanged: (userId: string) =>
        requestReminderRefresh(jobs.queue, userId, appDeps.clock.now()),
    };
    planRoutes(route, {
      plans: planService(deps),
      calendar: planCalendarService(deps),
      goals: planGoalsService(deps),
      goalChecks: planGoalChecksService(deps),
    });
    planAdherenceRoutes(route, planAdherenceService(deps));
  },
};
