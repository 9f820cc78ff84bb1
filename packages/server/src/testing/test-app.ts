import type { AccessGrant, AccountQuotaLimits, ThrottleLimit } from "@painplan/core";
import type { FastifyInstance } from "fastify";
import { Writable } from "node:stream";
import { afterAll, beforeAll } from "vitest";
import { argon2PasswordHasher, type PasswordHasher } from "../accounts/password-hasher.js";
import { buildApp } from "../app.js";
import type { OpenDatabase } from "../database/database.js";
import { smtpMailer, type Mailer } from "../mail/mailer.js";
import { fixedClock } from "../system/clock.js";
import type { TrustProxy } from "../system/config.js";
import { randomIds } from "../system/ids.js";
import { openTestDatabase, type TestDatabaseKind } from "./test-database.js";
import { TestClient } from "./test-client.js";

export type TestApp = {
  app: FastifyInstance;
  database: OpenDatabase;
  clock: ReturnType<typeof fixedClock>;
  /** Every log line the app wrote, as raw JSON text. */
  logLines: string[];
  client(address?: string): TestClient;
  /**
   * A test-only grant: lets `readerId` reach `ownerId`'s records of the given kinds, as care-team
   * consent will. Stands in for the real grant store until that exists.
   */
  grant(grant: AccessGrant): void;
  close(): Promise<void>;
};

export const testStart = new Date("2026-03-29T00:30:00.000Z");

/** The real app, in-process, on a fresh database of the suite's kind, with a controllable clock. */
export async function startTestApp(
  options: {
    kind?: TestDatabaseKind;
    database?: OpenDatabase;
    webDistDir?: string;
    trustProxy?: TrustProxy;
    /** Outgoing e-mail; off by default (tests that send mail pass a mailer to an SMTP sink). */
    mailer?: Mailer;
    /** Debug by default, so tests see (and check) the request lines a server logs at debug. */
    logLevel?: string;
    /** Per-account quotas; the defaults unless a test sets small ones. */
    quotaLimits?: AccountQuotaLimits;
    /** Password hashing; tests that count verifications pass a spy around the real one. */
    hasher?: PasswordHasher;
    /**
     * New accounts per address; tests register many people from one address, so the default
     * here is generous. The registration tests pass the real policy.
     */
    registrationLimit?: ThrottleLimit;
    /** Where people reach the app (https turns on the __Host- cookie names). */
    publicUrl?: string;
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await openTestDatabase(options.kind));
  const clock = fixedClock(testStart);
  const logLines: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString("utf8"));
      done();
    },
  });
  const grants: AccessGrant[] = [];
  const app = await buildApp({
    db: database.db,
    writes: database.writes,
    clock,
    ids: randomIds,
    hasher: options.hasher ?? argon2PasswordHasher(),
    logLevel: options.logLevel ?? "debug",
    logStream,
    trustProxy: options.trustProxy ?? false,
    webDistDir: options.webDistDir ?? "/nonexistent-web-dist",
    publicUrl: options.publicUrl ?? "http://painplan.test",
    registrationLimit: options.registrationLimit ?? { maxFailures: 100_000, windowMs: 60_000 },
    mailer: options.mailer ?? smtpMailer(undefined, "no-reply@painplan.test"),
    grants: (readerId, ownerId) =>
      Promise.resolve(grants.filter((g) => g.readerId === readerId && g.ownerId === ownerId)),
    ...(options.quotaLimits === undefined ? {} : { quotaLimits: options.quotaLimits }),
  });
  await app.ready();
  return {
    app,
    database,
    clock,
    logLines,
    client: (address) => new TestClient(app, address),
    grant: (grant) => grants.push(grant),
    close: async () => {
      await app.close();
      if (options.database === undefined) await database.close();
    },
  };
}

/**
 * The test app of a whole test file: started before its first test and closed after its last.
 * Replaces the beforeAll/afterAll preamble: `const testApp = useTestApp();`.
 */
export function useTestApp(options: Parameters<typeof startTestApp>[0] = {}): TestApp {
  let current: TestApp | undefined;
  const started = (): TestApp => {
    if (current === undefined)
      throw new Error("The test app starts in beforeAll; use it in tests.");
    return current;
  };
  beforeAll(async () => {
    current = await startTestApp(options);
  });
  afterAll(async () => {
    await current?.close();
  });
  return {
    get app() {
      return started().app;
    },
    get database() {
      return started().database;
    },
    get clock() {
      return started().clock;
    },
    get logLines() {
      return started().logLines;
    },
    client: (address) => started().client(address),
    grant: (grant) => {
      started().grant(grant);
    },
    close: () => started().close(),
  };
}
