import { registrationThrottlePolicy, type ThrottleLimit } from "@painplan/core";
import type { OwnerDirectory } from "../audit/record-access.service.js";
import type { Database } from "../database/database.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import { accountsService } from "./accounts.service.js";
import { loginThrottleRepository } from "./login-throttle.repository.js";
import { passwordResetService } from "./password-reset.service.js";
import { passwordResetsRepository } from "./password-resets.repository.js";
import type { PasswordHasher } from "./password-hasher.js";
import { signInSessionService } from "./sign-in-session.service.js";
import { signInSessionsRepository } from "./sign-in-sessions.repository.js";
import { signInThrottleService } from "./sign-in-throttle.service.js";
import { trustedDeviceService } from "./trusted-device.service.js";
import { trustedDevicesRepository } from "./trusted-devices.repository.js";
import { usersRepository } from "./users.repository.js";

/**
 * The accounts area assembled over one database: used by the app (every route authenticates
 * through its sign-in sessions and finds record owners through its users) and by the CLI.
 */
export function accountsArea(deps: {
  db: Database;
  clock: Clock;
  ids: IdSource;
  hasher: PasswordHasher;
  registrationLimit?: ThrottleLimit | undefined;
}) {
  const users = usersRepository(deps.db);
  const sessions = signInSessionService(signInSessionsRepository(deps.db), deps.clock);
  const throttle = signInThrottleService(loginThrottleRepository(deps.db), deps.clock);
  const devices = trustedDeviceService(trustedDevicesRepository(deps.db), deps.clock);
  const accounts = accountsService({
    ...deps,
    users,
    sessions,
    throttle,
    devices,
    registrationLimit: deps.registrationLimit ?? registrationThrottlePolicy,
  });
  const owners: OwnerDirectory = async (userId) => {
    const row = await users.findById(userId);
    return row === undefined
      ? undefined
      : { userId: row.id, displayName: row.display_name, timeZone: row.time_zone };
  };
  const passwordResets = passwordResetService({
    ...deps,
    resets: passwordResetsRepository(deps.db),
    users,
    sessions,
    devices,
    throttle,
  });
  return { users, sessions, devices, throttle, accounts, passwordResets, owners };
}

export type AccountsArea = ReturnType<typeof accountsArea>;
