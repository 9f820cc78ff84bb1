import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { phrasesNotForPatientsIn } from "../packages/web/src/words/patient-words.js";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

/**
 * Where patient-facing words live: every screen of the web app, the core text the screens show
 * (catalogs, rules, questions) and the server's safety sheet and PDF lines.
 */
const scanned = [
  "packages/web/src",
  "packages/core/src/therapies",
  "packages/core/src/safety",
  "packages/core/src/questionnaires",
  "packages/core/src/body-map",
  "packages/core/src/pain-scores",
  "packages/core/src/profile",
  "packages/server/src/safety/safety-sheet-lines.ts",
];

/** Left out: the list of phrases itself. */
const leftOut = new Set([
  // The list of phrases itself.
  "packages/web/src/words/patient-words.ts",
]);

function sourceFiles(relative: string): string[] {
  const absolute = path.join(repoRoot, relative);
  if (statSync(absolute).isFile()) return [relative];
  return readdirSync(absolute).flatMap((name) => {
    const child = path.join(relative, name);
    if (statSync(path.join(repoRoot, child)).isDirectory()) return sourceFiles(child);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [child] : [];
  });
}

/** Comments and API documentation (zod `.describe`, contract summaries) are for developers. */
function isForDevelopers(line: string): boolean {
  const trimmed = line.trim();
  return (
    trimmed.startsWith("*") ||
    trimmed.startsWith("/*") ||
    trimmed.startsWith("//") ||
    trimmed.includes(".describe(") ||
    trimmed.startsWith("summary:")
  );
}

test("no patient-facing text uses words that are for us (review marks, version numbers)", () => {
  const files = scanned.flatMap(sourceFiles).filter((file) => !leftOut.has(file));
  expect(files.length).toBeGreaterThan(50);
  const found = files.flatMap((file) =>
    readFileSync(path.join(repoRoot, file), "utf8")
      .split("\n")
      .flatMap((line, index) =>
        isForDevelopers(line)
          ? []
          : phrasesNotForPatientsIn(line).map((phrase) => `${file}:${index + 1} "${phrase}"`),
      ),
  );
  expect(found).toEqual([]);
});

test("the scan finds each phrase where it is used", () => {
  expect(phrasesNotForPatientsIn("Cherkin 2011 — checked against the source")).toEqual([
    "checked against the source",
  ]);
  expect(phrasesNotForPatientsIn("Light pressure (not yet fully confirmed)")).toEqual([
    "not yet fully confirmed",
  ]);
  expect(phrasesNotForPatientsIn("from safety answers version ${sheet.intakeVersion}")).toEqual([
    "version ${",
  ]);
  expect(phrasesNotForPatientsIn("Made from your answers of 2 March 2026")).toEqual([]);
  expect(phrasesNotForPatientsIn("do the chair version instead")).toEqual([]);
});
