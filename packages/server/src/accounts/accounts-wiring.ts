import type { Database } from "../database/database.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import { loginThrottleRepository } from "./login-throttle.repository.js";
import type { PasswordHasher } from "./password-hasher.js";
import { sessionService } from "./session.service.js";
import { sessionsRepository } from "./sessions.repository.js";
import { signInThrottleService } from "./sign-in-throttle.service.js";
import { accountsService } from "./accounts.service.js";
import { usersRepository } from "./users.repository.js";

/** The accounts area assembled over one database (used by the app and the CLI alike). */
export function accountsArea(deps: {
  db: Database;
  clock: Clock;
  ids: IdSource;
  hasher: PasswordHasher;
}) {
  const users = usersRepository(deps.db);
  const sessions = sessionService(sessionsRepository(deps.db), deps.clock);
  const throttle = signInThrottleService(loginThrottleRepository(deps.db), deps.clock);
  const accounts = accountsService({ ...deps, users, sessions, throttle });
  return { users, sessions, accounts };
}
