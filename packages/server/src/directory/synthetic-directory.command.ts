import { toCsv } from "@painplan/core";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { once } from "node:events";
import { csvColumnNames } from "./import-csv-columns.js";
import { postalCentroids } from "./postal-codes.js";
import { syntheticRows } from "./synthetic-directory.js";

export type SyntheticCommandOptions = { count?: string | undefined; seed?: string | undefined };

function wholeNumber(
  text: string | undefined,
  fallback: number,
  name: string,
  max: number,
): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new Error(`--${name} is a whole number from 1 to ${max}.`);
  return value;
}

/** Writes a synthetic directory as our CSV format to `file`; returns the number of rows. */
export async function writeSyntheticDirectory(
  file: string,
  count: number,
  seed: number,
): Promise<number> {
  const centroids = [...postalCentroids("US").entries()].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const out = createWriteStream(file, { encoding: "utf8" });
  let chunk: string[][] = [[...csvColumnNames]];
  const flush = async () => {
    if (!out.write(toCsv(chunk))) await once(out, "drain");
    chunk = [];
  };
  for (const row of syntheticRows({ count, seed, centroids, asOf: "2026-11-01" })) {
    chunk.push(row);
    if (chunk.length >= 1000) await flush();
  }
  await flush();
  out.end();
  await once(out, "finish");
  return count;
}

/** `painplan generate-directory FILE [--count N] [--seed N]`. */
export async function generateDirectoryCommand(
  file: string | undefined,
  options: SyntheticCommandOptions,
  say: (line: string) => void,
): Promise<void> {
  if (file === undefined || file === "")
    throw new Error("Usage: painplan generate-directory FILE [--count 100000] [--seed 1]");
  const count = wholeNumber(options.count, 100_000, "count", 10_000_000);
  const seed = wholeNumber(options.seed, 1, "seed", 2 ** 31 - 1);
  const target = path.resolve(file);
  await writeSyntheticDirectory(target, count, seed);
  say(
    `Wrote ${count.toLocaleString("en-US")} fictional practitioners (seed ${seed}) to ${target}.`,
  );
  say(`Import them with: painplan import-directory ${file}`);
}
