/**
 * Profiles one PainPlan scenario: the built server runs with `node --cpu-prof` on a fresh
 * SQLite data folder (or PostgreSQL with BENCH_DATABASE_URL), the scenario is loaded for
 * BENCH_SECONDS, and the heaviest functions by self time are printed. The `.cpuprofile` is kept
 * in bench/results/ (open it in Chrome DevTools for the call tree).
 *
 *   node --import tsx bench/profile.ts "quick log"
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startChildServer } from "./lib/child-server.js";
import { pinCpus } from "./lib/cpu-pinning.js";
import { scenarios } from "./lib/diary-scenarios.js";
import { measure } from "./lib/load.js";
import { signedInPatient } from "./lib/painplan-user.js";
import { painplanCli, painplanEnvironment, repoRoot } from "./lib/targets.js";

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
};

/** Self time per function (name and file:line), largest first, as shares of all samples. */
function heaviest(nodes: ProfileNode[], count: number): string[] {
  const hits = new Map<string, number>();
  let total = 0;
  for (const node of nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = `${functionName || "(anonymous)"} ${url.replace(/^.*node_modules\//, "~/").replace(/^file:\/\/.*\/packages\//, "")}:${lineNumber + 1}`;
    hits.set(where, (hits.get(where) ?? 0) + (node.hitCount ?? 0));
    total += node.hitCount ?? 0;
  }
  return [...hits.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([where, hit]) => `${((hit / total) * 100).toFixed(1).padStart(5)}%  ${where}`);
}

async function main(name: string | undefined): Promise<void> {
  const scenario = scenarios.find((candidate) => candidate.name === name);
  if (scenario === undefined) {
    throw new Error(`Name a scenario: ${scenarios.map((s) => `"${s.name}"`).join(", ")}`);
  }
  const seconds = Number(process.env["BENCH_SECONDS"] ?? 10);
  const databaseUrl = process.env["BENCH_DATABASE_URL"];
  const dataDir = await mkdtemp(path.join(tmpdir(), "painplan-profile-"));
  const profileDir = path.join(repoRoot, "bench/results");
  const before = new Set(await readdir(profileDir).catch(() => []));
  try {
    const server = await startChildServer({
      name: "painplan-profiled",
      ...pinCpus(process.env["BENCH_PIN"]).serverCommand([
        "--cpu-prof",
        `--cpu-prof-dir=${profileDir}`,
        painplanCli,
        "serve",
      ]),
      cwd: repoRoot,
      env: painplanEnvironment(dataDir, databaseUrl === "" ? undefined : databaseUrl),
      listeningLine: /PainPlan is running at (\S+)/,
    });
    try {
      const patient = await signedInPatient(server.url);
      const target = await scenario.prepare(server.url, patient);
      const settings = { connections: 10, warmupSeconds: 1, durationSeconds: seconds };
      const result = await measure(target, settings, new AbortController().signal);
      process.stdout.write(`${scenario.name}: ${result.requestsPerSecond.toFixed(0)} req/s\n`);
    } finally {
      await server.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  const written = (await readdir(profileDir)).filter(
    (file) => file.endsWith(".cpuprofile") && !before.has(file),
  );
  for (const file of written) {
    const profile = JSON.parse(await readFile(path.join(profileDir, file), "utf8")) as {
      nodes: ProfileNode[];
    };
    process.stdout.write(`\nbench/results/${file}, self time:\n`);
    process.stdout.write(`${heaviest(profile.nodes, 40).join("\n")}\n`);
  }
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`profile: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
