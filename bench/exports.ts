/**
 * Does one person's export stall everyone else? Another patient's `GET /api/me` p99 while four
 * JSON exports of a 20,000-entry diary run, as a ratio to the same p99 with no export running,
 * measured in the same run against the same server (README: "Exports and everyone else").
 */
import { endpoints, endpointUrl } from "@painplan/core";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { startChildServer } from "./lib/child-server.js";
import { pinCpus, type Pinning } from "./lib/cpu-pinning.js";
import { seedDiary } from "./lib/diary-seed.js";
import { measure, type LoadSettings, type Measurement } from "./lib/load.js";
import { signedInPatient, type BenchPatient } from "./lib/painplan-user.js";
import { painplanCli, painplanEnvironment, repoRoot } from "./lib/targets.js";
import { createThrowawayDatabase } from "./lib/throwaway-postgres.js";

const diaryEntries = 20_000;
const concurrentExports = 4;
const goalRatio = 3;
const resultsFile = path.join(repoRoot, "bench/results/exports.json");

/** The server's peak resident memory so far, MB (Linux `VmHWM`); undefined elsewhere. */
async function peakMemoryMb(pid: number | undefined): Promise<number | undefined> {
  if (pid === undefined) return undefined;
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const kilobytes = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kilobytes === undefined ? undefined : Math.round(Number(kilobytes) / 1024);
  } catch {
    return undefined;
  }
}

type ExportRun = {
  database: "SQLite" | "PostgreSQL";
  idle: Measurement;
  duringExports: Measurement;
  exportsCompleted: number;
  exportBytes: number;
  ratio: number;
  /** Peak resident memory of the server before and after the exports ran, MB. */
  peakMemoryMb: { beforeExports: number | undefined; afterExports: number | undefined };
};

/** Four loops, each downloading the export again as soon as the last one has arrived. */
function runExports(baseUrl: string, owner: BenchPatient, signal: AbortSignal) {
  const path = endpointUrl(endpoints.exportDiaryJson.path, { userId: owner.userId });
  const url = new URL(path, baseUrl);
  const tally = { completed: 0, bytes: 0 };
  const loop = async () => {
    while (!signal.aborted) {
      const response = await fetch(url, { headers: { cookie: owner.cookie } });
      const body = await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`The export answered ${response.status}.`);
      tally.completed += 1;
      tally.bytes = body.byteLength;
    }
  };
  const loops = Promise.all(Array.from({ length: concurrentExports }, loop));
  return { tally, loops };
}

async function runOn(
  database: ExportRun["database"],
  databaseUrl: string | undefined,
  settings: LoadSettings,
  pinning: Pinning,
): Promise<ExportRun> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "painplan-bench-"));
  const server = await startChildServer({
    name: `painplan-${database}`,
    ...pinning.serverCommand([painplanCli, "serve"]),
    cwd: repoRoot,
    env: painplanEnvironment(dataDir, databaseUrl),
    listeningLine: /PainPlan is running at (\S+)/,
  });
  try {
    const owner = await signedInPatient(server.url);
    const reader = await signedInPatient(server.url);
    await seedDiary({ dataDir, databaseUrl }, owner.userId, diaryEntries);
    const me = {
      url: new URL(endpoints.getMe.path, server.url).toString(),
      headers: { cookie: reader.cookie },
    };
    const never = new AbortController().signal;
    process.stderr.write(`${database}: GET /api/me, idle…\n`);
    const idle = await measure(me, settings, never);
    process.stderr.write(`${database}: GET /api/me during ${concurrentExports} exports…\n`);
    const beforeExports = await peakMemoryMb(server.pid);
    const stop = new AbortController();
    const exports = runExports(server.url, owner, stop.signal);
    const duringExports = await measure(me, settings, never);
    stop.abort();
    await exports.loops;
    return {
      database,
      idle,
      duringExports,
      exportsCompleted: exports.tally.completed,
      exportBytes: exports.tally.bytes,
      ratio: duringExports.p99Ms / idle.p99Ms,
      peakMemoryMb: { beforeExports, afterExports: await peakMemoryMb(server.pid) },
    };
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const settings: LoadSettings = {
    connections: 10,
    warmupSeconds: Number(process.env["BENCH_WARMUP_SECONDS"] ?? 3),
    durationSeconds: Number(process.env["BENCH_SECONDS"] ?? 10),
  };
  const pinning = pinCpus(process.env["BENCH_PIN"]);
  const postgresUrl = process.env["BENCH_DATABASE_URL"] ?? process.env["TEST_DATABASE_URL"];
  const runs = [await runOn("SQLite", undefined, settings, pinning)];
  if (postgresUrl !== undefined && postgresUrl !== "") {
    const throwaway = await createThrowawayDatabase(postgresUrl);
    try {
      runs.push(await runOn("PostgreSQL", throwaway.url, settings, pinning));
    } finally {
      await throwaway.drop();
    }
  }
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(
    `\nGET /api/me p99 of another patient, idle and during ${concurrentExports} JSON exports of a ${diaryEntries}-entry diary (${settings.connections} connections)`,
  );
  for (const run of runs) {
    out(
      `${run.database.padEnd(10)} idle p99 ${run.idle.p99Ms} ms, during exports p99 ${run.duringExports.p99Ms} ms: ` +
        `${run.ratio.toFixed(2)}× (goal ≤ ${goalRatio}×); ${run.exportsCompleted} exports of ${(run.exportBytes / 1e6).toFixed(1)} MB completed; server peak memory ${run.peakMemoryMb.beforeExports ?? "?"} MB before, ${run.peakMemoryMb.afterExports ?? "?"} MB after`,
    );
  }
  out(`CPU pinning: ${pinning.description}`);
  await mkdir(path.dirname(resultsFile), { recursive: true });
  await writeFile(
    resultsFile,
    JSON.stringify({ at: new Date().toISOString(), settings, runs }, null, 2),
  );
  const failed = runs.some(
    (run) =>
      run.idle.non2xx + run.duringExports.non2xx + run.idle.errors + run.duringExports.errors > 0,
  );
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
