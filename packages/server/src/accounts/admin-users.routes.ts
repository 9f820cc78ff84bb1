import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { AdminUsersService } from "./admin-users.service.js";

export function adminUsersRoutes(route: RouteRegistrar, adminUsers: AdminUsersService): void {
  route(endpoints.listUsers, ({ query, reader, request }) =>
    adminUsers.list({ actorId: reader.actor.userId, log: request.log }, query.limit, query.offset),
  );
}
