import { registrationThrottlePolicy } from "@painplan/core";
import type { FastifyInstance } from "fastify";
import { argon2PasswordHasher } from "./accounts/password-hasher.js";
import { buildApp } from "./app.js";
import { openDatabase, type OpenDatabase } from "./database/database.js";
import { listenQuietly } from "./http/logger-options.js";
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

/**
 * Opens the database, migrates it, and serves the API and web app until `stop()`. Logs go to
 * stdout unless `options.logStream` is given (tests).
 */
export async function startServer(
  config: ServerConfig,
  options: { logStream?: NodeJS.WritableStream } = {},
): Promise<RunningServer> {
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
      ...(options.logStream === undefined ? {} : { logStream: options.logStream }),
      trustProxy: config.trustProxy,
      webDistDir: config.webDistDir,
      publicUrl: config.publicUrl,
      mailer: smtpMailer(config.smtpUrl, config.mailFrom),
      quotaLimits: config.quotaLimits,
      registrationLimit: {
        maxFailures: config.registrationsPerHour,
        windowMs: registrationThrottlePolicy.windowMs,
      },
    });
    if (database.tightenedPaths.length > 0) {
      app.log.warn(
        { paths: database.tightenedPaths },
        "the data folder was readable by other users: tightened to 700 (folder) and 600 (files)",
      );
    }
    const url = await listenQuietly(app, { port: config.port, host: config.host });
    // Durable jobs (reminders): the loop runs until the app closes (`stop`).
    await app.jobs.start();
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
