import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { PainProfileService } from "./pain-profile.service.js";

export function painProfileRoutes(route: RouteRegistrar, profiles: PainProfileService): void {
  route(endpoints.getPainProfile, ({ owner }) => profiles.find(owner));
  route(endpoints.replacePainProfile, ({ owner, body }) => profiles.replace(owner, body));
}
