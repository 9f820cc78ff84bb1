import type { AccountQuotaLimits, ThrottleLimit } from "@painplan/core";
import type { PasswordHasher } from "./accounts/password-hasher.js";
import type { AccountQuotas } from "./accounts/account-quotas.service.js";
import type { AccountsArea } from "./accounts/accounts-area.js";
import type { AccessGrantSource } from "./audit/record-access.service.js";
import type { Database } from "./database/database.js";
import type { Mailer } from "./mail/mailer.js";
import type { WriteTransactions } from "./database/group-commit.js";
import type { RouteRegistrar } from "./http/route-registrar.js";
import type { AppJobs } from "./jobs/app-jobs.js";
import type { Clock } from "./system/clock.js";
import type { TrustProxy } from "./system/config.js";
import type { IdSource } from "./system/ids.js";

/** What the app is built from: the outside world, passed in (tests pass a fixed clock). */
export type AppDependencies = {
  db: Database;
  writes: WriteTransactions;
  clock: Clock;
  ids: IdSource;
  hasher: PasswordHasher;
  logLevel: string;
  /** Where log lines go (default stdout); tests capture them. */
  logStream?: NodeJS.WritableStream;
  trustProxy: TrustProxy;
  webDistDir: string;
  /** The address people reach the app at (links in e-mail and calendar feeds), no trailing "/". */
  publicUrl: string;
  /** Outgoing e-mail (off when SMTP_URL is not set; see `Mailer.isConfigured`). */
  mailer: Mailer;
  /** New accounts per client address (default: `registrationThrottlePolicy`, 20 an hour). */
  registrationLimit?: ThrottleLimit;
  /**
   * Grants besides the care team's (which the app always reads from its tables); tests add
   * test-only ones. Default: none.
   */
  grants?: AccessGrantSource;
  /** Per-account quotas (default `defaultAccountQuotaLimits`; QUOTA_* in the environment). */
  quotaLimits?: AccountQuotaLimits;
};

/** What every area module is given: the one way to add routes, and the shared parts. */
export type ModuleContext = {
  route: RouteRegistrar;
  deps: AppDependencies;
  /** Users and sign-in sessions: every area may need to know who someone is. */
  accounts: AccountsArea;
  /** The per-account quotas, one per app (its request count lives in memory). */
  quotas: AccountQuotas;
  /** The durable jobs: enqueue, and name what runs each kind (`jobs/app-jobs.ts`). */
  jobs: AppJobs;
};

/**
 * One area of the server (`<area>/<area>.module.ts`): wires its repositories, services and
 * routes. `app.ts` registers every module of `appModules` in order.
 */
export type AppModule = { name: string; register(context: ModuleContext): void };
