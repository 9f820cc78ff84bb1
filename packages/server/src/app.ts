import cookie from "@fastify/cookie";
import Fastify, { type FastifyInstance } from "fastify";
import { validatorCompiler } from "fastify-type-provider-zod";
import { defaultAccountQuotaLimits } from "@painplan/core";
import { accountQuotas } from "./accounts/account-quotas.service.js";
import { accountsArea } from "./accounts/accounts-area.js";
import { accountsModule } from "./accounts/accounts.module.js";
import { cookieAuthenticator } from "./accounts/authenticator.js";
import type { AppDependencies, AppModule } from "./app-module.js";
import { auditRepository } from "./audit/audit.repository.js";
import { recordAccessService, type AccessGrantSource } from "./audit/record-access.service.js";
import { careTeamGrants } from "./care-team/care-team-grants.js";
import { careTeamModule } from "./care-team/care-team.module.js";
import { diaryModule } from "./diary/diary.module.js";
import { directoryModule } from "./directory/directory.module.js";
import { registerApiCacheControl } from "./http/api-cache-control.js";
import { registerDurableAnswers } from "./http/durable-answers.js";
import { registerErrorHandling, sendError } from "./http/error-handler.js";
import { inFlightHandlers } from "./http/in-flight.js";
import { DebugRequestLog, loggerOptions } from "./http/logger-options.js";
import { registerOpenApi } from "./http/openapi.js";
import { responseSerializerCompiler } from "./http/response-serializer.js";
import { routeRegistrar } from "./http/route-registrar.js";
import { registerSecurityHeaders } from "./http/security-headers.js";
import { registerPublicUrl } from "./http/served-over-tls.js";
import { registerWebApp } from "./http/web-app.js";
import { practiceModule } from "./practice/practice.module.js";
import { costsModule } from "./costs/costs.module.js";
import { appJobs } from "./jobs/app-jobs.js";
import { planModule } from "./plan/plan.module.js";
import { profileModule } from "./profile/profile.module.js";
import { questionnairesModule } from "./questionnaires/questionnaires.module.js";
import { remindersModule } from "./reminders/reminders.module.js";
import { safetyModule } from "./safety/safety.module.js";
import { sessionsModule } from "./sessions/sessions.module.js";
import type { TrustProxy } from "./system/config.js";
import { systemModule } from "./system/system.module.js";
import { therapiesModule } from "./therapies/therapies.module.js";

/** Every area of the server, registered in this order. A new area adds its module here. */
export const appModules: readonly AppModule[] = [
  systemModule,
  accountsModule,
  profileModule,
  diaryModule,
  questionnairesModule,
  safetyModule,
  therapiesModule,
  practiceModule,
  planModule,
  remindersModule,
  sessionsModule,
  costsModule,
  directoryModule,
  careTeamModule,
];

/** Request bodies above this are refused with 413 (no PainPlan form comes near it). */
export const bodyLimitBytes = 64 * 1024;

/** The care team's grants, plus any a test adds (`AppDependencies.grants`). */
function withExtraGrants(
  careTeam: AccessGrantSource,
  extra: AccessGrantSource | undefined,
): AccessGrantSource {
  if (extra === undefined) return careTeam;
  return async (readerId, ownerId) => [
    ...(await careTeam(readerId, ownerId)),
    ...(await extra(readerId, ownerId)),
  ];
}

/** Fastify reads a hop count as a function of the hop index. */
function trustProxySetting(trustProxy: TrustProxy) {
  if (typeof trustProxy !== "number") return trustProxy;
  return (_address: string, hop: number) => hop < trustProxy;
}

export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(deps.logLevel, deps.logStream),
    logController: new DebugRequestLog(),
    bodyLimit: bodyLimitBytes,
    trustProxy: trustProxySetting(deps.trustProxy),
    return503OnClosing: true,
    frameworkErrors: (error, request, reply) => {
      void sendError(error, request, reply);
    },
  });
  // The API speaks JSON only; anything else is refused with 415.
  app.removeContentTypeParser("text/plain");
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);
  registerErrorHandling(app);
  registerPublicUrl(app, deps.publicUrl);
  registerSecurityHeaders(app);
  registerApiCacheControl(app);
  registerDurableAnswers(app, deps.writes.durable);
  await app.register(cookie);
  await registerOpenApi(app);

  // Every route authenticates through sign-in sessions and finds record owners among users.
  const accounts = accountsArea(deps);
  const records = recordAccessService({
    audit: auditRepository(deps.db),
    owners: accounts.owners,
    grants: withExtraGrants(careTeamGrants(deps.db), deps.grants),
    clock: deps.clock,
    ids: deps.ids,
  });
  const quotas = accountQuotas({
    db: deps.db,
    writes: deps.writes,
    clock: deps.clock,
    limits: deps.quotaLimits ?? defaultAccountQuotaLimits,
  });
  // Closing waits for handlers still at work before the database is closed (http/in-flight.ts).
  const handlers = inFlightHandlers();
  app.addHook("onClose", () => handlers.drained());
  const route = routeRegistrar(app, {
    authenticate: cookieAuthenticator(accounts.sessions, deps.clock),
    records,
    // Every signed-in request counts against its account's per-minute quota.
    takeRequest: (userId) => quotas.takeRequest(userId),
    track: (work) => handlers.track(work),
  });
  const jobs = appJobs({
    db: deps.db,
    ids: deps.ids,
    clock: deps.clock,
    log: app.log,
    durable: deps.writes.durable,
  });
  app.decorate("jobs", jobs);
  app.addHook("onClose", () => jobs.stop());
  for (const module of appModules) module.register({ route, deps, accounts, quotas, jobs });

  await registerWebApp(app, deps.webDistDir);
  return app;
}
