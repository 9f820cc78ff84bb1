import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { AccessLogService } from "./access-log.service.js";

/** The person's access log; route registration has already authorized and audited the reader. */
export function accessLogRoutes(route: RouteRegistrar, accessLog: AccessLogService): void {
  route(endpoints.getAccessLog, ({ owner }) => accessLog.forOwner(owner.userId));
}
