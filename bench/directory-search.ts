/**
 * Directory search (issue 13): 100,000 practitioners spread over real US ZIP centroids, searched
 * with 3 filters (a modality, accepting new clients, at most 100 USD for 60 min) within 25 km of
 * a ZIP centroid. The search as the server runs it (bounding box on the indexed latitude and
 * longitude columns, then the exact haversine distance and the fit score in core) against a
 * full scan in the same run (the same filters and code, every row read, no box). Reports p50 and
 * p95 per database and the ratio full scan ÷ indexed (goal: ≥ 10×; p95 under 20 ms on SQLite).
 *
 *   npx tsc -b packages/core packages/server && node --import tsx bench/directory-search.ts
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test … (PostgreSQL too)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import {
  practitionerModalities,
  practitionerProfileInputSchema,
  type DirectorySearchQuery,
  type PractitionerModality,
} from "@painplan/core";
import { openPostgres } from "../packages/server/src/database/postgres.js";
import { openSqlite } from "../packages/server/src/database/sqlite.js";
import type { OpenDatabase } from "../packages/server/src/database/database.js";
import { directoryListsRepository } from "../packages/server/src/directory/directory-lists.repository.js";
import { directorySearchRepository } from "../packages/server/src/directory/directory-search.repository.js";
import { directorySearchService } from "../packages/server/src/directory/directory-search.service.js";
import { postalCentroids } from "../packages/server/src/directory/postal-codes.js";
import { practitionerProfilesRepository } from "../packages/server/src/directory/practitioner-profiles.repository.js";
import { profileColumns } from "../packages/server/src/directory/practitioner-rows.js";
import { safetyIntakeRepository } from "../packages/server/src/safety/safety-intake.repository.js";
import { systemClock } from "../packages/server/src/system/clock.js";
import { createThrowawayDatabase } from "./lib/throwaway-postgres.js";
import type { Insertable } from "kysely";
import type { PractitionerProfilesTable } from "../packages/server/src/directory/directory.tables.js";

const practitionerCount = Number(process.env["BENCH_DIRECTORY_ROWS"] ?? "100000");
const searches = Number(process.env["BENCH_DIRECTORY_SEARCHES"] ?? "200");
const scans = Number(process.env["BENCH_DIRECTORY_SCANS"] ?? "30");
const batch = 400;

/** Mulberry32: a fixed seed, so every run seeds the same directory. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const zips = [...postalCentroids("US").entries()].sort(([a], [b]) => (a < b ? -1 : 1));

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

async function seed(open: OpenDatabase): Promise<string[]> {
  const next = random(13);
  const usedZips: string[] = [];
  const now = new Date().toISOString();
  for (let start = 0; start < practitionerCount; start += batch) {
    const rows: Insertable<PractitionerProfilesTable>[] = [];
    for (let index = start; index < Math.min(practitionerCount, start + batch); index += 1) {
      const [zip, point] = pick(next, zips);
      usedZips.push(zip);
      const modalities = practitionerModalities.filter(() => next() < 0.25);
      const values = practitionerProfileInputSchema.parse({
        displayName: `Fictional Practitioner ${index}`,
        modalities: modalities.length > 0 ? modalities : [pick(next, practitionerModalities)],
        neuropathyConditions: next() < 0.4 ? ["diabetic neuropathy"] : [],
        neuropathyTechniques: next() < 0.3 ? ["gentle touch"] : [],
        languages: ["English"],
        clinic: { line: "", city: "Fictional", region: "", postalCode: zip, country: "US" },
        homeVisits: next() < 0.3 ? { radiusKm: 15, travelFeeMinor: 2000 } : null,
        currency: "USD",
        prices: {
          minutes30: null,
          minutes60: 4000 + Math.floor(next() * 110) * 100,
          minutes90: null,
        },
        slidingScale: next() < 0.3 ? { fromMinor: 4000, toMinor: 8000, howDecided: "" } : null,
        insuranceAccepted: next() < 0.3 ? ["Aetna"] : [],
        isAcceptingNewClients: next() < 0.7,
      });
      const location = {
        latitude: point.latitude + (next() - 0.5) * 0.02,
        longitude: point.longitude + (next() - 0.5) * 0.02,
      };
      rows.push({
        id: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
        user_id: null,
        external_id: `synthetic-${index}`,
        origin: "synthetic" as const,
        is_fictional: 1,
        licence_verified_at: next() < 0.5 ? now : null,
        created_at: now,
        updated_at: now,
        ...profileColumns(values, location),
      });
    }
    await open.db
      .transaction()
      .execute((trx) => trx.insertInto("practitioner_profiles").values(rows).execute());
  }
  return usedZips;
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

/**
 * Wall time, and this process's CPU time (user + system) per search: on a shared machine the
 * wall time includes waiting for a CPU; the CPU time does not (for SQLite it is the whole cost,
 * in-process; for PostgreSQL the server's own work is not in it).
 */
type Timing = { p50: number; p95: number; cpuP50: number; cpuP95: number; results: number };

async function measure(
  run: (query: DirectorySearchQuery) => Promise<number>,
  queries: readonly DirectorySearchQuery[],
): Promise<Timing> {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let results = 0;
  for (const query of queries) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    results += await run(query);
    const used = process.cpuUsage(cpu);
    times.push(performance.now() - started);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  return {
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    cpuP50: percentile(cpuTimes, 0.5),
    cpuP95: percentile(cpuTimes, 0.95),
    results: results / queries.length,
  };
}

async function benchDatabase(name: string, open: OpenDatabase) {
  await open.migrate();
  const seedStart = performance.now();
  const usedZips = await seed(open);
  const seedSeconds = (performance.now() - seedStart) / 1000;
  const profiles = practitionerProfilesRepository(open.db);
  const lists = directoryListsRepository(open.db);
  const intakes = safetyIntakeRepository(open.db);
  const indexed = directorySearchRepository(open.db);
  const service = directorySearchService({
    search: indexed,
    profiles,
    lists,
    intakes,
    clock: systemClock,
  });
  const fullScan = directorySearchService({
    search: {
      candidates: (query, origin) =>
        indexed.candidates(query, origin, { useBox: false, limit: Infinity }),
    },
    profiles,
    lists,
    intakes,
    clock: systemClock,
  });
  const next = random(99);
  const modality: PractitionerModality = "swedish-massage";
  const queries: DirectorySearchQuery[] = Array.from({ length: searches }, () => ({
    postalCode: pick(next, usedZips),
    country: "US",
    radiusKm: 25,
    modalities: [modality],
    isAcceptingNewClients: true,
    maxPriceMinor: 10_000,
    sessionMinutes: 60,
    currency: "USD",
    sort: "fit",
    limit: 20,
  }));
  const userId = "00000000-0000-4000-8000-000000000000";
  const run = (svc: typeof service) => async (query: DirectorySearchQuery) =>
    (await svc.search(userId, query)).items.length;
  await measure(run(service), queries.slice(0, 20)); // warm-up
  const fast = await measure(run(service), queries);
  const slow = await measure(run(fullScan), queries.slice(0, scans));
  const fastAgain = await measure(run(service), queries.slice(0, scans));
  return { name, seedSeconds, fast, slow, fastAgain };
}

const report: Awaited<ReturnType<typeof benchDatabase>>[] = [];
const dataDir = mkdtempSync(path.join(tmpdir(), "painplan-bench-directory-"));
try {
  const sqlite = openSqlite(dataDir);
  try {
    report.push(await benchDatabase("SQLite", sqlite));
  } finally {
    await sqlite.close();
  }
  const serverUrl = process.env["BENCH_DATABASE_URL"] ?? process.env["TEST_DATABASE_URL"];
  if (serverUrl !== undefined) {
    const throwaway = await createThrowawayDatabase(serverUrl);
    const postgres = openPostgres(throwaway.url);
    try {
      report.push(await benchDatabase("PostgreSQL", postgres));
    } finally {
      await postgres.close();
      await throwaway.drop();
    }
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const ms = (value: number) => value.toFixed(2);
const load = loadavg()
  .map((value) => value.toFixed(1))
  .join(", ");
const lines = [
  `Directory search: ${practitionerCount.toLocaleString("en")} practitioners, 3 filters, 25 km, ${searches} searches (full scan: ${scans}); load average at the end ${load} on ${availableParallelism()} CPUs`,
  "",
  "| database | seed (s) | indexed p50 ms | indexed p95 ms | full scan p50 ms | full scan p95 ms | × faster (p95) | × faster (p50) | indexed CPU p50 / p95 ms | full scan CPU p50 / p95 ms | results/search |",
  "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ...report.map(
    (row) =>
      `| ${row.name} | ${row.seedSeconds.toFixed(1)} | ${ms(row.fast.p50)} | ${ms(row.fast.p95)} | ${ms(row.slow.p50)} | ${ms(row.slow.p95)} | ${(row.slow.p95 / row.fast.p95).toFixed(1)} | ${(row.slow.p50 / row.fastAgain.p50).toFixed(1)} | ${ms(row.fast.cpuP50)} / ${ms(row.fast.cpuP95)} | ${ms(row.slow.cpuP50)} / ${ms(row.slow.cpuP95)} | ${row.fast.results.toFixed(1)} |`,
  ),
];
process.stdout.write(`${lines.join("\n")}\n`);
