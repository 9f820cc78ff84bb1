import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { PlanAdherenceService } from "./adherence.service.js";

/** Adherence to the plan and reasons for missed sessions: the owner's health records. */
export function planAdherenceRoutes(route: RouteRegistrar, adherence: PlanAdherenceService) {
  route(endpoints.getPlanAdherence, ({ owner, query }) => adherence.adherence(owner, query));
  route(endpoints.setMissedReason, async ({ owner, reader, params, body }) => ({
    missed: await adherence.setReason(owner, reader.actor.userId, params, body),
  }));
  route(endpoints.clearMissedReason, async ({ owner, params }) => {
    await adherence.clearReason(owner, params);
    return undefined;
  });
}
