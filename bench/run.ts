/**
 * PainPlan's benchmark: a bare Fastify hello-world, PainPlan on SQLite, (when a
 * PostgreSQL URL is given) PainPlan on PostgreSQL, and the hello-world again, one after another,
 * each server in its own process, autocannon here. Figures are ratios to the baseline (README).
 */
import path from "node:path";
import { pinCpus, type Pinning } from "./lib/cpu-pinning.js";
import type { LoadSettings } from "./lib/load.js";
import {
  baselineOf,
  describeBaseline,
  failuresOf,
  formatTable,
  machineDescription,
  writeReport,
  type BenchReport,
  type TargetResult,
} from "./lib/report.js";
import { scenarios } from "./lib/diary-scenarios.js";
import { planCalendarYear } from "./lib/plan-scenarios.js";
import { spendFiveYears } from "./lib/costs-scenarios.js";
import { logASession } from "./lib/session-scenarios.js";
import {
  bareFastify,
  fastifySqliteInsert,
  fastifySqliteList,
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

/**
 * BENCH_ONLY: a comma-separated list of words; a target runs when its name contains one of them
 * (case-insensitive). The baselines always run, and so does the reference of a chosen target.
 */
function selectTargets(targets: Target[], only: string | undefined): Target[] {
  const words = (only ?? "")
    .split(",")
    .map((word) => word.trim().toLowerCase())
    .filter((word) => word !== "");
  if (words.length === 0) return targets;
  const isChosen = (target: Target) =>
    target.isBaseline || words.some((word) => target.name.toLowerCase().includes(word));
  const references = new Set(targets.filter(isChosen).flatMap((target) => target.reference ?? []));
  return targets.filter((target) => isChosen(target) || references.has(target.name));
}

async function runAll(
  targets: Target[],
  settings: LoadSettings,
  pinning: Pinning,
  signal: AbortSignal,
) {
  const measured: Omit<TargetResult, "ratioToBaseline">[] = [];
  for (const target of targets) {
    process.stderr.write(
      `${target.name}: ${target.request}, ${settings.connections} connections, ` +
        `${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s…\n`,
    );
    const measurement = await target.run({ settings, pinning, signal });
    measured.push({
      target: target.name,
      request: target.request,
      isBaseline: target.isBaseline,
      ...(target.reference === undefined ? {} : { reference: target.reference }),
      ...measurement,
    });
  }
  const baseline = baselineOf(measured);
  const rateOf = new Map(measured.map((result) => [result.target, result.requestsPerSecond]));
  const results = measured.map((result) => {
    const referenceRate = result.reference === undefined ? undefined : rateOf.get(result.reference);
    return {
      ...result,
      ratioToBaseline: result.requestsPerSecond / baseline.requestsPerSecond,
      ...(referenceRate === undefined
        ? {}
        : { ratioToReference: result.requestsPerSecond / referenceRate }),
    };
  });
  return { baseline, results };
}

const postgresSkipped = {
  target: "PainPlan, PostgreSQL",
  reason: "set BENCH_DATABASE_URL or TEST_DATABASE_URL",
};

function printReport(report: BenchReport): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`\n${formatTable(report.results)}\n`);
  out(describeBaseline(report.baseline));
  out(`CPU pinning: ${report.cpuPinning}`);
  for (const { target, reason } of report.skipped) out(`skipped: ${target} (${reason})`);
  out(`written: ${path.relative(process.cwd(), resultsFile)}`);
  for (const { target, problem } of report.failures) {
    process.stderr.write(`FAILED ${target}: ${problem}\n`);
  }
}

async function main(): Promise<void> {
  const settings = settingsFrom(process.env);
  const postgresUrl = postgresUrlFrom(process.env);
  const pinning = pinCpus(process.env["BENCH_PIN"]);
  const interruption = new AbortController();
  process.once("SIGINT", () => {
    process.stderr.write("Interrupted: stopping the load, then cleaning up.\n");
    interruption.abort();
  });

  const startedAt = new Date().toISOString();
  const targets = selectTargets(
    [
      bareFastify("start"),
      fastifySqliteInsert,
      fastifySqliteList,
      ...scenarios.map(painplanOnSqlite),
      painplanOnSqlite(planCalendarYear),
      painplanOnSqlite(spendFiveYears),
      painplanOnSqlite(logASession),
      ...(postgresUrl === undefined
        ? []
        : scenarios.map((scenario) => painplanOnPostgres(postgresUrl, scenario))),
      ...(postgresUrl === undefined ? [] : [painplanOnPostgres(postgresUrl, planCalendarYear)]),
      ...(postgresUrl === undefined ? [] : [painplanOnPostgres(postgresUrl, spendFiveYears)]),
      ...(postgresUrl === undefined ? [] : [painplanOnPostgres(postgresUrl, logASession)]),
      bareFastify("end"),
    ],
    process.env["BENCH_ONLY"],
  );
  const { baseline, results } = await runAll(targets, settings, pinning, interruption.signal);
  const report: BenchReport = {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: machineDescription(),
    cpuPinning: pinning.description,
    settings,
    baseline,
    results,
    skipped: postgresUrl === undefined ? [postgresSkipped] : [],
    failures: results.flatMap(failuresOf),
  };
  await writeReport(resultsFile, report);
  printReport(report);
  if (report.failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  if (error instanceof Error && error.name === "AbortError") {
    process.stderr.write("bench: interrupted; servers stopped, temporary data removed.\n");
    process.exitCode = 130;
    return;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`bench: ${message}\n`);
  process.exitCode = 1;
});
