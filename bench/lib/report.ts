import { mkdir, writeFile } from "node:fs/promises";
import { cpus } from "node:os";
import path from "node:path";
import type { LoadSettings, Measurement } from "./load.js";

export type TargetResult = {
  target: string;
  request: string;
  isBaseline: boolean;
  /** Requests per second divided by the baseline's (mean of its runs), in the same run. */
  ratioToBaseline: number;
  /** The reference target this one is read against (quick log: raw insert; list: raw list). */
  reference?: string;
  /** Requests per second divided by the reference's, in the same run. */
  ratioToReference?: number;
} & Measurement;

export type Baseline = {
  /** Mean req/s of the baseline runs (first and last of the run). */
  requestsPerSecond: number;
  /** Spread of the baseline runs, as a percentage of their mean: how steady the machine was. */
  driftPercent: number;
};

/** Above this drift the machine was busy with something else; the ratios are not to be trusted. */
export const steadyDriftPercent = 10;

export function baselineOf(results: Omit<TargetResult, "ratioToBaseline">[]): Baseline {
  const rates = results.filter((result) => result.isBaseline).map((r) => r.requestsPerSecond);
  if (rates.length === 0) throw new Error("No baseline was measured.");
  const mean = rates.reduce((sum, rate) => sum + rate, 0) / rates.length;
  const spread = Math.max(...rates) - Math.min(...rates);
  return { requestsPerSecond: mean, driftPercent: (spread / mean) * 100 };
}

export function describeBaseline(baseline: Baseline): string {
  const summary =
    `baseline: ${baseline.requestsPerSecond.toFixed(0)} req/s (mean of start and end), ` +
    `drift ${baseline.driftPercent.toFixed(1)}%`;
  return baseline.driftPercent <= steadyDriftPercent
    ? summary
    : `${summary}: the machine was not steady (another process?); run again before trusting the ratios`;
}

export type BenchReport = {
  startedAt: string;
  finishedAt: string;
  machine: { node: string; platform: string; cpuCount: number; cpuModel: string };
  cpuPinning: string;
  settings: LoadSettings;
  baseline: Baseline;
  results: TargetResult[];
  skipped: { target: string; reason: string }[];
  failures: Failure[];
};

/** Objects rather than strings, so the JSON file stays as Prettier would write it. */
export type Failure = { target: string; problem: string };

export function machineDescription(): BenchReport["machine"] {
  const processors = cpus();
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpuCount: processors.length,
    cpuModel: processors[0]?.model ?? "unknown",
  };
}

/** Any response other than 2xx, or any connection error, under load fails the run. */
export function failuresOf(result: TargetResult): Failure[] {
  const failures: Failure[] = [];
  if (result.non2xx > 0) {
    const codes = Object.entries(result.statusCodes)
      .filter(([code]) => !code.startsWith("2"))
      .map(([code, count]) => `${code}: ${count}`)
      .join(", ");
    failures.push({
      target: result.target,
      problem: `${result.non2xx} non-2xx responses (${codes})`,
    });
  }
  if (result.errors > 0) {
    failures.push({ target: result.target, problem: `${result.errors} connection errors` });
  }
  return failures;
}

const columns = [
  "target",
  "request",
  "req/s",
  "p50 ms",
  "p99 ms",
  "CPU ms/req",
  "errors/non-2xx",
  "× baseline",
  "× reference",
];

export function formatTable(results: TargetResult[]): string {
  const rows = results.map((result) => [
    result.target,
    result.request,
    result.requestsPerSecond.toFixed(0),
    String(result.p50Ms),
    String(result.p99Ms),
    result.serverCpuMsPerRequest === undefined ? "" : result.serverCpuMsPerRequest.toFixed(3),
    `${result.errors}/${result.non2xx}`,
    result.ratioToBaseline.toFixed(2),
    result.ratioToReference === undefined ? "" : result.ratioToReference.toFixed(2),
  ]);
  const widths = columns.map((title, index) =>
    Math.max(title.length, ...rows.map((row) => (row[index] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, index) =>
        index < 2 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0),
      )
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(columns), rule, ...rows.map(line)].join("\n");
}

export async function writeReport(file: string, report: BenchReport): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
}
