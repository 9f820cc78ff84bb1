import { endpoints } from "@painplan/core";
import type { UsersRepository } from "../accounts/users.repository.js";
import { notFound } from "../http/api-error.js";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { AccessService } from "./access.service.js";
import type { AuditRepository } from "./audit.repository.js";

const accessLogLength = 200;

export function accessLogRoutes(
  route: RouteRegistrar,
  access: AccessService,
  audit: AuditRepository,
  users: UsersRepository,
): void {
  route(endpoints.getAccessLog, async ({ authentication, params }) => {
    // Unknown person and someone else's person both answer 404, so the order does not leak.
    if ((await users.findById(params.userId)) === undefined) throw notFound();
    await access.authorizeRead({
      actor: authentication.actor,
      ownerId: params.userId,
      kind: "account-records",
      action: "read",
      resourceType: "access-log",
      resourceId: params.userId,
    });
    return { events: await audit.forSubject(params.userId, accessLogLength) };
  });
}
