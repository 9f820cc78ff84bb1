import { registrationThrottlePolicy } from "@painplan/core";
import type { FastifyInstance } from "fastify";
import { argon2PasswordHasher } from "./accounts/password-hasher.js";
import { buildApp } from "./app.js";
import { openDatabase, type OpenDatabase } from "./database/database.js";
import { smtpMailer } from "./mail/mailer.js";
import { systemClock } from "./system/clock.js";
import type { ServerConfig } from "./system/config.js";
import { randomIds } from "./system/ids.js";

export type RunningServer = {
  app: FastifyInstance;
  database: OpenDatabase;
  url: string;
  stop(): Promise<void>;
};

/** Opens the database, migrates it, and serves the API and web app until `stop()`. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const database = openDatabase(config.database);
  try {
    await database.migrate();
    const app = await buildApp({
      db: database.db,
      writes: database.writes,
      clock: systemClock,
      ids: randomIds,
      hasher: argon2PasswordHasher(),
      logLevel: config.logLevel,
      trustProxy: config.trustProxy,
      webDistDir: config.webDistDir,
      publicUrl: config.publicUrl,
      mailer: smtpMailer(config.smtpUrl, config.mailFrom),
      registrationLimit: {
        maxFailures: config.registrationsPerHour,
        windowMs: registrationThrottlePolicy.windowMs,
      },
    });
    const url = await app.listen({ port: config.port, host: config.host });
    let stopping: Promise<void> | undefined;
    const stop = () => {
      // Fastify finishes in-flight requests (new ones get 503) before the database closes.
      stopping ??= app.close().then(() => database.close());
      return stopping;
    };
    return { app, database, url, stop };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** SIGTERM / SIGINT: stop accepting, finish what is in flight, close the database, exit. */
export function stopOnSignals(server: RunningServer): void {
  const onSignal = (signal: NodeJS.Signals) => {
    server.app.log.info({ signal }, "shutting down");
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}
