/**
 * Plan expansion in core (issue 11): 10 years of a daily 10:00 item expanded by
 * `expandOccurrences` in America/New_York (3,653 sessions, 20 DST changes), as a ratio to
 * baselines measured in the same run (README "Plan expansion"):
 * - baseline: a plain loop making the same number of `Date` objects and ISO strings (no zone);
 * - reference: the same loop placing each 10:00 in the zone with luxon (`DateTime.fromObject`),
 *   what any zone-correct expansion has to pay at least.
 * The baseline runs first and last; their drift says whether the machine stayed steady.
 */
import { performance } from "node:perf_hooks";
import { expandOccurrences, type ItemSchedule } from "@painplan/core";
import { DateTime } from "luxon";

const zone = "America/New_York";
const window = { from: "2026-01-01T00:00:00Z", to: "2036-01-01T00:00:00Z" };
const schedule: ItemSchedule = {
  cadence: { kind: "daily", interval: 1 },
  startDate: "2026-01-01",
  timeOfDay: "10:00",
  durationMinutes: 5,
  end: { kind: "never" },
};
const rounds = Number(process.env["BENCH_PLAN_ROUNDS"] ?? "40");
const dayMs = 86_400_000;

function expansion(): number {
  return expandOccurrences(
    { itemId: "bench", schedule, exceptions: [], added: [], pauses: [] },
    zone,
    window,
  ).length;
}

const sessions = expansion();

function plainDates(): number {
  const startMs = Date.parse("2026-01-01T15:00:00Z");
  const out: string[] = [];
  for (let index = 0; index < sessions; index += 1) {
    out.push(new Date(startMs + index * dayMs).toISOString());
  }
  return out.length;
}

function luxonDates(): number {
  const out: string[] = [];
  const first = DateTime.fromObject({ year: 2026, month: 1, day: 1, hour: 10 }, { zone });
  for (let index = 0; index < sessions; index += 1) {
    const day = first.plus({ days: index });
    out.push(
      DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour: 10 }, { zone })
        .toUTC()
        .toISO() ?? "",
    );
  }
  return out.length;
}

type Result = { name: string; medianMs: number; p90Ms: number };

function measure(name: string, run: () => number): Result {
  for (let warm = 0; warm < 5; warm += 1) run();
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    const made = run();
    times.push(performance.now() - started);
    if (made !== sessions) throw new Error(`${name} made ${made} instead of ${sessions}.`);
  }
  times.sort((a, b) => a - b);
  const at = (share: number) =>
    times[Math.min(times.length - 1, Math.floor(share * times.length))] ?? 0;
  return { name, medianMs: at(0.5), p90Ms: at(0.9) };
}

const baselineStart = measure("plain Dates (baseline, start)", plainDates);
const reference = measure("luxon per day in zone (reference)", luxonDates);
const target = measure("expandOccurrences, 10 years daily", expansion);
const baselineEnd = measure("plain Dates (baseline, end)", plainDates);
const baseline = (baselineStart.medianMs + baselineEnd.medianMs) / 2;
const drift = Math.abs(baselineStart.medianMs - baselineEnd.medianMs) / baseline;

const rows = [baselineStart, reference, target, baselineEnd].map((result) => [
  result.name,
  result.medianMs.toFixed(2),
  result.p90Ms.toFixed(2),
  (result.medianMs / baseline).toFixed(1),
  (result.medianMs / reference.medianMs).toFixed(2),
]);
const header = ["target", "median ms", "p90 ms", "× baseline time", "× reference time"];
const widths = header.map((title, index) =>
  Math.max(title.length, ...rows.map((row) => (row[index] ?? "").length)),
);
const line = (cells: string[]) =>
  cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join("  ");
console.log(`${sessions} sessions per expansion, ${rounds} rounds each`);
console.log(line(header));
console.log(line(widths.map((width) => "-".repeat(width))));
for (const row of rows) console.log(line(row));
console.log(
  `baseline: ${baseline.toFixed(2)} ms (mean of start and end), drift ${(drift * 100).toFixed(1)}%${drift > 0.1 ? ": the machine was not steady; run again before trusting the ratios" : ""}`,
);
