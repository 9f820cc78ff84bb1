import { mkdir, writeFile } from "node:fs/promises";
import { cpus } from "node:os";
import path from "node:path";
import type { LoadSettings, Measurement } from "./load.js";

export type TargetResult = {
  target: string;
  request: string;
  /** Requests per second divided by the bare-Fastify baseline's, measured in the same run. */
  ratioToBaseline: number;
} & Measurement;

export type BenchReport = {
  startedAt: string;
  finishedAt: string;
  machine: { node: string; platform: string; cpuCount: number; cpuModel: string };
  settings: LoadSettings;
  results: TargetResult[];
  skipped: { target: string; reason: string }[];
  failures: string[];
};

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
export function failuresOf(result: TargetResult): string[] {
  const failures: string[] = [];
  if (result.non2xx > 0) {
    const codes = Object.entries(result.statusCodes)
      .filter(([code]) => !code.startsWith("2"))
      .map(([code, count]) => `${code}: ${count}`)
      .join(", ");
    failures.push(`${result.target}: ${result.non2xx} non-2xx responses (${codes})`);
  }
  if (result.errors > 0) failures.push(`${result.target}: ${result.errors} connection errors`);
  return failures;
}

const columns = ["target", "request", "req/s", "p50 ms", "p99 ms", "errors/non-2xx", "× baseline"];

export function formatTable(results: TargetResult[]): string {
  const rows = results.map((result) => [
    result.target,
    result.request,
    result.requestsPerSecond.toFixed(0),
    String(result.p50Ms),
    String(result.p99Ms),
    `${result.errors}/${result.non2xx}`,
    result.ratioToBaseline.toFixed(2),
  ]);
  const widths = columns.map((title, index) =>
    Math.max(title.length, ...rows.map((row) => (row[index] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, index) =>
        index < 2 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0),
      )
      .join("  ");
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(columns), rule, ...rows.map(line)].join("\n");
}

export async function writeReport(file: string, report: BenchReport): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
}
