import { endpoints } from "@painplan/core";
import type { AuditRepository } from "../audit/audit.repository.js";
import type { RouteRegistrar } from "../http/route-registrar.js";

const accessLogLength = 200;

/** The person's access log; route registration has already authorized and audited the reader. */
export function accessLogRoutes(route: RouteRegistrar, audit: AuditRepository): void {
  route(endpoints.getAccessLog, async ({ owner }) => ({
    events: await audit.forSubject(owner.userId, accessLogLength),
  }));
}
