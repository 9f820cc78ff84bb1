/**
 * Lighthouse audits of the built web app: the sign-in page (signed out) and the dashboard (signed
 * in as a fresh patient), each in mobile and desktop emulation. Prints performance,
 * accessibility, best practices and SEO scores with LCP, TBT and CLS (README).
 */
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from "lighthouse";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { startChildServer, type ChildServer } from "./lib/child-server.js";
import { signedInPatient } from "./lib/painplan-user.js";
import { repoRoot } from "./lib/targets.js";

const painplanCli = path.join(repoRoot, "packages/server/dist/cli.js");
const chromePath = process.env["CHROME_PATH"] ?? "/usr/bin/chromium";
const resultsDir = path.join(repoRoot, "bench/results");
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

type FormFactor = "mobile" | "desktop";
type Audit = { page: string; path: string; formFactor: FormFactor };

/** One row of the table: scores 0–100, LCP in seconds, TBT in milliseconds, CLS unitless. */
type Row = Audit & {
  scores: Record<(typeof categories)[number], number>;
  lcpSeconds: number;
  tbtMs: number;
  cls: number;
};

function runsFrom(environment: NodeJS.ProcessEnv): number {
  const raw = environment["LIGHTHOUSE_RUNS"];
  if (raw === undefined || raw === "") return 1;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error("LIGHTHOUSE_RUNS must be a whole number ≥ 1.");
  return value;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("No free port.");
  return address.port;
}

/** The built server on a fresh data folder, serving WEB_DIST_DIR (default packages/web/dist). */
async function startPainPlan(dataDir: string): Promise<ChildServer> {
  const inherited = { ...process.env };
  delete inherited["DATABASE_URL"];
  return startChildServer({
    name: "painplan",
    command: process.execPath,
    args: [painplanCli, "serve", "--demo"],
    cwd: repoRoot,
    env: { ...inherited, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    listeningLine: /PainPlan is running at (\S+)/,
  });
}

function numericValue(result: Result, auditId: string): number {
  return result.audits[auditId]?.numericValue ?? Number.NaN;
}

function rowOf(audit: Audit, result: Result): Row {
  const score = (id: (typeof categories)[number]) =>
    Math.round((result.categories[id]?.score ?? Number.NaN) * 100);
  return {
    ...audit,
    scores: {
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
      seo: score("seo"),
    },
    lcpSeconds: numericValue(result, "largest-contentful-paint") / 1000,
    tbtMs: numericValue(result, "total-blocking-time"),
    cls: numericValue(result, "cumulative-layout-shift"),
  };
}

/**
 * Lighthouse's own storage reset would also clear the session cookie, so it is turned off and
 * the HTTP cache is cleared here instead: every run is a first visit, signed in or not.
 */
async function auditOnce(
  context: BrowserContext,
  debuggingPort: number,
  baseUrl: string,
  audit: Audit,
): Promise<Row> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.clearBrowserCache");
  await cdp.detach();
  const flags: Flags = {
    port: debuggingPort,
    output: "json",
    logLevel: "error",
    onlyCategories: [...categories],
    disableStorageReset: true,
  };
  const config: Config | undefined = audit.formFactor === "desktop" ? desktopConfig : undefined;
  const outcome = await lighthouse(new URL(audit.path, baseUrl).toString(), flags, config);
  if (outcome === undefined) throw new Error(`Lighthouse returned nothing for ${audit.path}.`);
  const { lhr } = outcome;
  if (lhr.runtimeError !== undefined) {
    throw new Error(`Lighthouse failed on ${audit.path}: ${lhr.runtimeError.message}`);
  }
  // The full report of the last run, for the details behind a score (not committed).
  await mkdir(resultsDir, { recursive: true });
  const reportFile = path.join(resultsDir, `lighthouse-${audit.page}-${audit.formFactor}.json`);
  await writeFile(reportFile, JSON.stringify(lhr));
  return rowOf(audit, lhr);
}

/** The median run by performance score (LIGHTHOUSE_RUNS > 1 smooths a noisy machine). */
async function auditMedian(
  context: BrowserContext,
  debuggingPort: number,
  baseUrl: string,
  audit: Audit,
  runs: number,
): Promise<Row> {
  const rows: Row[] = [];
  for (let run = 0; run < runs; run += 1) {
    process.stderr.write(`${audit.page}, ${audit.formFactor}: run ${run + 1} of ${runs}…\n`);
    rows.push(await auditOnce(context, debuggingPort, baseUrl, audit));
  }
  rows.sort((a, b) => a.scores.performance - b.scores.performance);
  const median = rows[Math.floor(rows.length / 2)];
  if (median === undefined) throw new Error("No Lighthouse run.");
  return median;
}

const columns = [
  "page",
  "form factor",
  "perf",
  "a11y",
  "best pr.",
  "SEO",
  "LCP s",
  "TBT ms",
  "CLS",
];

function formatTable(rows: Row[]): string {
  const cells = rows.map((row) => [
    row.page,
    row.formFactor,
    String(row.scores.performance),
    String(row.scores.accessibility),
    String(row.scores["best-practices"]),
    String(row.scores.seo),
    row.lcpSeconds.toFixed(2),
    row.tbtMs.toFixed(0),
    row.cls.toFixed(3),
  ]);
  const widths = columns.map((title, index) =>
    Math.max(title.length, ...cells.map((row) => (row[index] ?? "").length)),
  );
  const line = (values: string[]) =>
    values
      .map((value, index) =>
        index < 2 ? value.padEnd(widths[index] ?? 0) : value.padStart(widths[index] ?? 0),
      )
      .join("  ");
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(columns), rule, ...cells.map(line)].join("\n");
}

async function main(): Promise<void> {
  const runs = runsFrom(process.env);
  const dataDir = await mkdtemp(path.join(tmpdir(), "painplan-lighthouse-"));
  const profileDir = await mkdtemp(path.join(tmpdir(), "painplan-lighthouse-chromium-"));
  const server = await startPainPlan(dataDir);
  let context: BrowserContext | undefined;
  try {
    const debuggingPort = await freePort();
    // A persistent context is the browser's default one, where Lighthouse opens its tabs: cookies
    // set here (the patient's session) are the ones Lighthouse's page sends.
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromePath,
      headless: true,
      args: [`--remote-debugging-port=${debuggingPort}`, "--no-sandbox", "--disable-gpu"],
    });
    const rows: Row[] = [];
    const signedOut: Audit[] = [
      { page: "sign-in", path: "/sign-in", formFactor: "mobile" },
      { page: "sign-in", path: "/sign-in", formFactor: "desktop" },
    ];
    for (const audit of signedOut) {
      rows.push(await auditMedian(context, debuggingPort, server.url, audit, runs));
    }
    const patient = await signedInPatient(server.url);
    const host = new URL(server.url).hostname;
    await context.addCookies(
      patient.cookie.split("; ").map((pair) => {
        const [name = "", value = ""] = pair.split("=");
        return { name, value, domain: host, path: "/" };
      }),
    );
    const signedIn: Audit[] = [
      { page: "dashboard", path: "/", formFactor: "mobile" },
      { page: "dashboard", path: "/", formFactor: "desktop" },
    ];
    for (const audit of signedIn) {
      rows.push(await auditMedian(context, debuggingPort, server.url, audit, runs));
    }
    process.stdout.write(`\n${formatTable(rows)}\n`);
    process.stdout.write(`${chromePath}; median of ${runs} run(s) by performance score.\n`);
  } finally {
    await context?.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
    await rm(profileDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`lighthouse: ${message}\n`);
  process.exitCode = 1;
});
