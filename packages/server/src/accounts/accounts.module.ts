import type { AppModule } from "../app-module.js";
import { auditRepository } from "../audit/audit.repository.js";
import { accessLogRoutes } from "./access-log.routes.js";
import { accountsRoutes } from "./accounts.routes.js";
import { adminUsersRoutes } from "./admin-users.routes.js";

/** Accounts: registration, sign-in sessions, the person's access log, the admin's user list. */
export const accountsModule: AppModule = {
  name: "accounts",
  register({ route, deps, accounts }) {
    accountsRoutes(route, accounts.accounts, accounts.sessions, deps.clock);
    adminUsersRoutes(route, accounts.users);
    accessLogRoutes(route, auditRepository(deps.db));
  },
};
