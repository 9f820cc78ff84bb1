import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import { toUser } from "./user-view.js";
import type { UsersRepository } from "./users.repository.js";

export function adminUsersRoutes(route: RouteRegistrar, users: UsersRepository): void {
  route(endpoints.listUsers, async ({ query }) => {
    const { rows, total } = await users.page(query.limit, query.offset);
    return { users: rows.map(toUser), total };
  });
}
