import type { AppModule } from "../app-module.js";
import { auditRepository } from "../audit/audit.repository.js";
import { accessLogRoutes } from "./access-log.routes.js";
import { accessLogService } from "./access-log.service.js";
import { accountsRoutes } from "./accounts.routes.js";
import { adminUsersRoutes } from "./admin-users.routes.js";
import { adminUsersService } from "./admin-users.service.js";
import { erasureRoutes } from "./erasure.routes.js";
import { accountErasure } from "./erasure.service.js";
import { passkeysRepository } from "./passkeys.repository.js";
import { passkeysRoutes } from "./passkeys.routes.js";
import { passkeyService } from "./passkeys.service.js";
import { resetLinkSender } from "./password-reset-mail.js";
import { passwordResetRoutes } from "./password-reset.routes.js";

/** Accounts: registration, sign-in sessions, the person's access log, the admin's user list. */
export const accountsModule: AppModule = {
  name: "accounts",
  register({ route, deps, accounts }) {
    const passkeys = passkeyService({
      ...deps,
      passkeys: passkeysRepository(deps.db),
      users: accounts.users,
      sessions: accounts.sessions,
      devices: accounts.devices,
      throttle: accounts.throttle,
    });
    accountsRoutes(route, accounts.accounts, accounts.sessions, deps.clock, passkeys);
    passkeysRoutes(route, passkeys, accounts.sessions, deps.clock);
    const audit = auditRepository(deps.db);
    adminUsersRoutes(route, adminUsersService({ ...deps, users: accounts.users, audit }));
    accessLogRoutes(route, accessLogService(audit));
    erasureRoutes(route, accounts.accounts, accountErasure(deps), passkeys);
    passwordResetRoutes(
      route,
      accounts.passwordResets,
      resetLinkSender(deps.mailer, deps.publicUrl),
    );
  },
};
