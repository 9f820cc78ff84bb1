import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startChildServer } from "./child-server.js";
import type { Pinning } from "./cpu-pinning.js";
import { measure, type LoadSettings, type Measurement } from "./load.js";
import { signedInPatient } from "./painplan-user.js";
import type { Scenario } from "./scenarios.js";
import { createThrowawayDatabase } from "./throwaway-postgres.js";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const painplanCli = path.join(repoRoot, "packages/server/dist/cli.js");
const bareFastifyServer = path.join(repoRoot, "bench/servers/bare-fastify.ts");
const rawInsertServer = path.join(repoRoot, "bench/servers/fastify-sqlite-insert.ts");

export type RunContext = { settings: LoadSettings; pinning: Pinning; signal: AbortSignal };

/** One thing under load: a name for the table, what is requested, how to measure it. */
export type Target = {
  name: string;
  request: string;
  isBaseline: boolean;
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
    return await measure({ url: new URL("/", server.url).toString() }, settings, signal);
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
      return await measure(target, settings, signal);
    } finally {
      await server.stop();
    }
  },
};

export function painplanOnSqlite(scenario: Scenario): Target {
  return {
    name: `PainPlan, SQLite: ${scenario.name}`,
    request: scenario.request,
    isBaseline: false,
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
      return await measure(target, settings, signal);
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
