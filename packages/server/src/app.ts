import cookie from "@fastify/cookie";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { accountsRoutes } from "./accounts/accounts.routes.js";
import { accountsArea } from "./accounts/accounts-wiring.js";
import { adminUsersRoutes } from "./accounts/admin-users.routes.js";
import { cookieAuthenticator } from "./accounts/authenticator.js";
import type { PasswordHasher } from "./accounts/password-hasher.js";
import { accessLogRoutes } from "./audit/access-log.routes.js";
import { accessService } from "./audit/access.service.js";
import { auditRepository } from "./audit/audit.repository.js";
import { healthRecordGate } from "./audit/health-record-gate.js";
import { diaryRoutes } from "./diary/diary-wiring.js";
import type { Database } from "./database/database.js";
import type { WriteTransactions } from "./database/group-commit.js";
import { healthRoutes } from "./health/health.routes.js";
import { registerErrorHandling } from "./http/error-handler.js";
import { loggerOptions } from "./http/logger-options.js";
import { registerOpenApi } from "./http/openapi.js";
import { routeRegistrar } from "./http/route-registrar.js";
import { instrumentsRoutes } from "./instruments/instruments.routes.js";
import { instrumentsArea } from "./instruments/instruments-wiring.js";
import { registerSecurityHeaders } from "./http/security-headers.js";
import { registerWebApp } from "./http/web-app.js";
import { registerSafetyArea } from "./safety/safety-wiring.js";
import { therapiesRoutes } from "./therapies/therapies.routes.js";
import type { Clock } from "./system/clock.js";
import type { TrustProxy } from "./system/config.js";
import type { IdSource } from "./system/ids.js";

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
};

/** Request bodies above this are refused with 413 (no PainPlan form comes near it). */
export const bodyLimitBytes = 64 * 1024;

/** Fastify reads a hop count as a function of the hop index. */
function trustProxySetting(trustProxy: TrustProxy) {
  if (typeof trustProxy !== "number") return trustProxy;
  return (_address: string, hop: number) => hop < trustProxy;
}

export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(deps.logLevel, deps.logStream),
    bodyLimit: bodyLimitBytes,
    trustProxy: trustProxySetting(deps.trustProxy),
    return503OnClosing: true,
  });
  // The API speaks JSON only; anything else is refused with 415.
  app.removeContentTypeParser("text/plain");
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  await registerSecurityHeaders(app);
  await app.register(cookie);
  await registerOpenApi(app);

  const { users, sessions, accounts } = accountsArea(deps);
  const audit = auditRepository(deps.db);
  const route = routeRegistrar(app, cookieAuthenticator(sessions, deps.clock));

  const access = accessService(audit, deps.clock, deps.ids);
  const healthRecords = healthRecordGate(access);

  healthRoutes(route, deps.db);
  accountsRoutes(route, accounts, sessions, deps.clock);
  adminUsersRoutes(route, users);
  accessLogRoutes(route, access, audit, users);
  therapiesRoutes(route);
  instrumentsRoutes(route, healthRecords, instrumentsArea(deps));
  diaryRoutes(route, healthRecords, deps);
  registerSafetyArea(route, healthRecords, deps);

  await registerWebApp(app, deps.webDistDir);
  return app;
}
