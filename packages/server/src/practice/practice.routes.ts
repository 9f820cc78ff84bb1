import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { PracticeService } from "./practice.service.js";

export function practiceRoutes(route: RouteRegistrar, practice: PracticeService): void {
  route(endpoints.getPracticeSuggestion, ({ owner }) => practice.suggestion(owner));
  route(endpoints.getBodyScan, ({ owner, query }) => practice.bodyScan(owner, query));
  route(endpoints.getYogaRoutine, ({ owner, query }) => practice.routine(owner, query.minutes));
  route(endpoints.logPractice, ({ owner, body }) => practice.log(owner, body));
  route(endpoints.listPracticeLog, async ({ owner, query }) => ({
    items: await practice.recent(owner, query.limit),
  }));
  route(endpoints.getPracticeConsistency, ({ owner, query }) =>
    practice.consistency(owner, query.days),
  );
  route(endpoints.getWeeklyPracticeTarget, ({ owner }) => practice.target(owner));
  route(endpoints.setWeeklyPracticeTarget, ({ owner, body }) => practice.setTarget(owner, body));
}
