/**
 * The size of every JavaScript and CSS chunk of a web build (raw, gzip, brotli), and the
 * JavaScript a first visit loads: the entry script and the modules index.html preloads (README).
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { repoRoot } from "./lib/targets.js";

/** Issue 8: the JavaScript of a first visit (the sign-in page) stays under this, gzipped. */
const initialBudgetKb = 150;

type Chunk = { file: string; isInitial: boolean; rawKb: number; gzipKb: number; brotliKb: number };

const kilobytes = (bytes: number) => bytes / 1000;

/** `/assets/…` files that index.html loads at once: `<script src>`, `modulepreload` and stylesheet links. */
function initialAssets(indexHtml: string): Set<string> {
  const references = indexHtml.matchAll(
    /<(?:script[^>]*\ssrc|link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*\shref)="\/assets\/([^"]+)"/g,
  );
  return new Set([...references].map((match) => match[1] ?? ""));
}

async function chunksOf(distDir: string): Promise<Chunk[]> {
  const assetsDir = path.join(distDir, "assets");
  const initial = initialAssets(await readFile(path.join(distDir, "index.html"), "utf8"));
  const files = (await readdir(assetsDir)).filter((file) => /\.(?:js|css)$/.test(file));
  const chunks = await Promise.all(
    files.map(async (file) => {
      const content = await readFile(path.join(assetsDir, file));
      const brotli = brotliCompressSync(content, {
        params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
      });
      return {
        file,
        isInitial: initial.has(file),
        rawKb: kilobytes(content.length),
        gzipKb: kilobytes(gzipSync(content, { level: 9 }).length),
        brotliKb: kilobytes(brotli.length),
      };
    }),
  );
  return chunks.sort((a, b) => Number(b.isInitial) - Number(a.isInitial) || b.gzipKb - a.gzipKb);
}

function formatTable(chunks: Chunk[]): string {
  const columns = ["chunk", "first visit", "raw kB", "gzip kB", "brotli kB"];
  const rows = chunks.map((chunk) => [
    chunk.file,
    chunk.isInitial ? "yes" : "",
    chunk.rawKb.toFixed(1),
    chunk.gzipKb.toFixed(1),
    chunk.brotliKb.toFixed(1),
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

async function main(): Promise<void> {
  const distDir = path.resolve(
    process.env["WEB_DIST_DIR"] ?? path.join(repoRoot, "packages/web/dist"),
  );
  const chunks = await chunksOf(distDir);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(formatTable(chunks));
  const initialJs = chunks.filter((chunk) => chunk.isInitial && chunk.file.endsWith(".js"));
  const sum = (pick: (chunk: Chunk) => number) =>
    initialJs.reduce((total, chunk) => total + pick(chunk), 0);
  const initialGzip = sum((chunk) => chunk.gzipKb);
  out(
    `\nfirst visit JavaScript (${initialJs.length} files): ${sum((chunk) => chunk.rawKb).toFixed(1)} kB, ` +
      `${initialGzip.toFixed(1)} kB gzip, ${sum((chunk) => chunk.brotliKb).toFixed(1)} kB brotli ` +
      `(goal ≤ ${initialBudgetKb} kB gzip: ${initialGzip <= initialBudgetKb ? "met" : "NOT met"})`,
  );
  out(`build: ${path.relative(process.cwd(), distDir) || "."}`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`chunk-sizes: ${message}\n`);
  process.exitCode = 1;
});
