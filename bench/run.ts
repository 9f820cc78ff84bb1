/**
 * PainPlan's benchmark: a bare Fastify hello-world, then PainPlan on SQLite, then (when a
 * PostgreSQL URL is given) PainPlan on PostgreSQL, one after another, each in its own process,
 * with autocannon here. Figures are read as ratios to the baseline of the same run (see README).
 */
import path from "node:path";
import type { LoadSettings } from "./lib/load.js";
import {
  failuresOf,
  formatTable,
  machineDescription,
  writeReport,
  type BenchReport,
  type TargetResult,
} from "./lib/report.js";
import {
  bareFastify,
  painplanOnPostgres,
  painplanOnSqlite,
  repoRoot,
  type Target,
} from "./lib/targets.js";

const resultsFile = path.join(repoRoot, "bench/results/latest.json");

function secondsFrom(environment: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = environment[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a whole number of seconds ≥ 1.`);
  return value;
}

function settingsFrom(environment: NodeJS.ProcessEnv): LoadSettings {
  return {
    connections: 10,
    warmupSeconds: secondsFrom(environment, "BENCH_WARMUP_SECONDS", 3),
    durationSeconds: secondsFrom(environment, "BENCH_SECONDS", 10),
  };
}

function postgresUrlFrom(environment: NodeJS.ProcessEnv): string | undefined {
  const url = environment["BENCH_DATABASE_URL"] ?? environment["TEST_DATABASE_URL"];
  return url === undefined || url === "" ? undefined : url;
}

async function runAll(targets: Target[], settings: LoadSettings, signal: AbortSignal) {
  const results: TargetResult[] = [];
  for (const target of targets) {
    process.stderr.write(
      `${target.name}: ${target.request}, ${settings.connections} connections, ` +
        `${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s…\n`,
    );
    const measurement = await target.run({ settings, signal });
    const baseline = results[0]?.requestsPerSecond ?? measurement.requestsPerSecond;
    results.push({
      target: target.name,
      request: target.request,
      ratioToBaseline: measurement.requestsPerSecond / baseline,
      ...measurement,
    });
  }
  return results;
}

async function main(): Promise<void> {
  const settings = settingsFrom(process.env);
  const postgresUrl = postgresUrlFrom(process.env);
  const interruption = new AbortController();
  process.once("SIGINT", () => {
    process.stderr.write("Interrupted: stopping the load, then cleaning up.\n");
    interruption.abort();
  });

  const startedAt = new Date().toISOString();
  const targets = [bareFastify, painplanOnSqlite];
  if (postgresUrl !== undefined) targets.push(painplanOnPostgres(postgresUrl));
  const results = await runAll(targets, settings, interruption.signal);
  const report: BenchReport = {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: machineDescription(),
    settings,
    results,
    skipped:
      postgresUrl === undefined
        ? [
            {
              target: "PainPlan, PostgreSQL",
              reason: "set BENCH_DATABASE_URL or TEST_DATABASE_URL",
            },
          ]
        : [],
    failures: results.flatMap(failuresOf),
  };
  await writeReport(resultsFile, report);

  process.stdout.write(`\n${formatTable(results)}\n\n`);
  for (const { target, reason } of report.skipped)
    process.stdout.write(`skipped: ${target} (${reason})\n`);
  process.stdout.write(`written: ${path.relative(process.cwd(), resultsFile)}\n`);
  for (const failure of report.failures) process.stderr.write(`FAILED ${failure}\n`);
  if (report.failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
