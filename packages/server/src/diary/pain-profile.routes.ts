import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { HealthRecordGate } from "../audit/health-record-gate.js";
import type { PainProfileService } from "./pain-profile.service.js";

export function painProfileRoutes(
  route: RouteRegistrar,
  gate: HealthRecordGate,
  profiles: PainProfileService,
): void {
  route(endpoints.getPainProfile, async ({ authentication, params }) => {
    const resource = { type: "pain-profile", id: params.userId };
    return profiles.find(await gate.read(authentication, params.userId, resource));
  });

  route(endpoints.replacePainProfile, async ({ authentication, params, body }) =>
    profiles.replace(gate.write(authentication, params.userId), body),
  );
}
