import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startChildServer } from "./child-server.js";
import type { Pinning } from "./cpu-pinning.js";
import { measure, type LoadSettings, type Measurement } from "./load.js";
import { ninetyDayEntries, seedNinetyDays } from "./diary-scenarios.js";
import { signedInPatient } from "./painplan-user.js";
import type { Scenario } from "./scenarios.js";
import { createThrowawayDatabase } from "./throwaway-postgres.js";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const painplanCli = path.join(repoRoot, "packages/server/dist/cli.js");
const bareFastifyServer = path.join(repoRoot, "bench/servers/bare-fastify.ts");
const rawInsertServer = path.join(repoRoot, "bench/servers/fastify-sqlite-insert.ts");
const rawListServer = path.join(repoRoot, "bench/servers/fastify-sqlite-list.ts");
/** PainPlan's SQLite file in its data folder (packages/server/src/database/sqlite.ts). */
const sqliteFileName = "painplan.sqlite";

export type RunContext = { settings: LoadSettings; pinning: Pinning; signal: AbortSignal };

/** One thing under load: a name for the table, what is requested, how to measure it. */
export type Target = {
  name: string;
  request: string;
  isBaseline: boolean;
  /** The reference target (by name) this one is also read against, as a ratio. */
  reference?: string;
  run(context: RunContext): Promise<Measurement>;
};

/** Measured first and again last: the two figures show how steady the machine was. */
export function bareFastify(when: "start" | "end"): Target {
  return {
    name: `bare Fastify (baseline, ${when})`,
    request: "GET /",
    isBaseline: true,
    run: runBareFastify,
  };
}

async function runBareFastify({ settings, pinning, signal }: RunContext): Promise<Measurement> {
  const server = await startChildServer({
    name: "bare-fastify",
    ...pinning.serverCommand(["--import", "tsx", bareFastifyServer]),
    cwd: repoRoot,
    env: { ...process.env, PORT: "0" },
    listeningLine: /listening at (\S+)/,
  });
  try {
    return await measure(
      { url: new URL("/", server.url).toString() },
      settings,
      signal,
      server.cpuSeconds,
    );
  } finally {
    await server.stop();
  }
}

/** A second reference: Fastify + one raw durable SQLite insert per request (see the server). */
export const fastifySqliteInsert: Target = {
  name: "Fastify + raw SQLite insert (reference)",
  request: "POST /",
  isBaseline: false,
  async run({ settings, pinning, signal }) {
    const server = await startChildServer({
      name: "fastify-sqlite-insert",
      ...pinning.serverCommand(["--import", "tsx", rawInsertServer]),
      cwd: repoRoot,
      env: { ...process.env, PORT: "0" },
      listeningLine: /listening at (\S+)/,
    });
    try {
      const target = {
        url: new URL("/", server.url).toString(),
        method: "POST" as const,
        headers: { "content-type": "application/json" },
        nextBody: () => JSON.stringify({ intensityNow: 7, idempotencyKey: randomUUID() }),
      };
      return await measure(target, settings, signal, server.cpuSeconds);
    } finally {
      await server.stop();
    }
  },
};

/**
 * The reference for the 90-day list: PainPlan records the same 180 entries through its API,
 * stops, and a bare Fastify route reads them from its database file with one raw query.
 */
export const fastifySqliteList: Target = {
  name: "Fastify + raw SQLite list (reference)",
  request: "GET /?userId=…&from=…&limit=200",
  isBaseline: false,
  async run({ settings, pinning, signal }) {
    const dataDir = await mkdtemp(path.join(tmpdir(), "painplan-bench-"));
    try {
      const seeded = await seededPainPlanDatabase(dataDir, pinning);
      const server = await startChildServer({
        name: "fastify-sqlite-list",
        ...pinning.serverCommand(["--import", "tsx", rawListServer]),
        cwd: repoRoot,
        env: { ...process.env, PORT: "0", DB_FILE: path.join(dataDir, sqliteFileName) },
        listeningLine: /listening at (\S+)/,
      });
      try {
        const url = new URL("/", server.url);
        url.search = new URLSearchParams(seeded).toString();
        const check = (await (await fetch(url)).json()) as { items?: unknown[] };
        if (check.items?.length !== ninetyDayEntries) {
          throw new Error(`The raw list returned ${String(check.items?.length)} entries.`);
        }
        return await measure({ url: url.toString() }, settings, signal, server.cpuSeconds);
      } finally {
        await server.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};

/** Runs PainPlan on `dataDir` just long enough to record the 90-day history of a new patient. */
async function seededPainPlanDatabase(dataDir: string, pinning: Pinning) {
  const server = await startChildServer({
    name: "painplan-sqlite-seed",
    ...pinning.serverCommand([painplanCli, "serve"]),
    cwd: repoRoot,
    env: painplanEnvironment(dataDir, undefined),
    listeningLine: /PainPlan is running at (\S+)/,
  });
  try {
    const patient = await signedInPatient(server.url);
    return { userId: patient.userId, ...(await seedNinetyDays(server.url, patient)) };
  } finally {
    await server.stop();
  }
}

export function painplanOnSqlite(scenario: Scenario): Target {
  return {
    name: `PainPlan, SQLite: ${scenario.name}`,
    request: scenario.request,
    isBaseline: false,
    ...(scenario.reference === undefined ? {} : { reference: scenario.reference }),
    run: (context) => runPainPlan("painplan-sqlite", undefined, scenario, context),
  };
}

export function painplanOnPostgres(serverUrl: string, scenario: Scenario): Target {
  return {
    name: `PainPlan, PostgreSQL: ${scenario.name}`,
    request: scenario.request,
    isBaseline: false,
    async run(context) {
      const database = await createThrowawayDatabase(serverUrl);
      try {
        return await runPainPlan("painplan-postgres", database.url, scenario, context);
      } finally {
        await database.drop().catch((error: unknown) => {
          throw new Error(`Could not drop the bench database ${database.name}`, { cause: error });
        });
      }
    },
  };
}

/** The real built server (`cli.js serve`) on a fresh data folder, loaded as a signed-in patient. */
async function runPainPlan(
  name: string,
  databaseUrl: string | undefined,
  scenario: Scenario,
  { settings, pinning, signal }: RunContext,
): Promise<Measurement> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "painplan-bench-"));
  try {
    const server = await startChildServer({
      name,
      ...pinning.serverCommand([painplanCli, "serve"]),
      cwd: repoRoot,
      env: painplanEnvironment(dataDir, databaseUrl),
      listeningLine: /PainPlan is running at (\S+)/,
    });
    try {
      const patient = await signedInPatient(server.url);
      const target = await scenario.prepare(server.url, patient);
      return await measure(target, settings, signal, server.cpuSeconds);
    } finally {
      await server.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

export function painplanEnvironment(
  dataDir: string,
  databaseUrl: string | undefined,
): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  delete inherited["DATABASE_URL"];
  return {
    ...inherited,
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    TRUST_PROXY: "false",
    // No web build: the bench measures the API only, whatever packages/web/dist holds.
    WEB_DIST_DIR: path.join(dataDir, "no-web-build"),
    // One bench patient makes thousands of requests a second: lift the per-account quotas
    // (their counting still runs, so its cost is measured).
    QUOTA_REQUESTS_PER_MINUTE: "1000000000",
    QUOTA_ENTRIES_PER_DAY: "1000000000",
    ...(databaseUrl === undefined ? {} : { DATABASE_URL: databaseUrl }),
  };
}
