import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../database/database.js";

/**
 * The real CLI in a child process on an embedded database: generate, dry run, import, re-import,
 * and a crash (SIGKILL in the middle of reading) that the next run resumes from.
 */
const run = promisify(execFile);
const cli = path.join(import.meta.dirname, "..", "cli.ts");
let folder: string;
const environment = () => ({
  PATH: process.env["PATH"] ?? "",
  DATA_DIR: path.join(folder, "data"),
  LOG_LEVEL: "silent",
});
const painplan = (args: string[]) =>
  run(process.execPath, ["--import", "tsx", cli, ...args], { env: environment() });
const inFolder = (name: string) => path.join(folder, name);

async function profileCount(): Promise<number> {
  const database = openDatabase({ kind: "sqlite", dataDir: path.join(folder, "data") });
  try {
    await database.migrate();
    const rows = await database.db
      .selectFrom("practitioner_profiles")
      .select("is_fictional")
      .execute();
    return rows.filter((row) => row.is_fictional === 1).length;
  } finally {
    await database.close();
  }
}

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), "painplan-import-cli-"));
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe("painplan import-directory", () => {
  it(
    "generates, dry-runs, imports, and re-imports a synthetic directory",
    { timeout: 180_000 },
    async () => {
      const generated = await painplan([
        "generate-directory",
        inFolder("small.csv"),
        "--count",
        "300",
        "--seed",
        "5",
      ]);
      expect(generated.stdout).toContain("Wrote 300 fictional practitioners (seed 5)");
      const dry = await painplan([
        "import-directory",
        inFolder("small.csv"),
        "--dry-run",
        "--report",
        inFolder("dry.csv"),
      ]);
      expect(dry.stdout).toContain("Dry run (nothing changed) a PainPlan CSV file: 300 rows read.");
      expect(dry.stdout).toContain("Would add 300 and update 0 practitioners.");
      expect(await profileCount()).toBe(0);
      const report = inFolder("report.csv");
      const first = await painplan([
        "import-directory",
        inFolder("small.csv"),
        "--batch-size",
        "40",
        "--report",
        report,
      ]);
      expect(first.stdout).toContain("Added 300 and updated 0 practitioners.");
      expect(first.stderr).toContain("100% ·");
      const again = await painplan(["import-directory", inFolder("small.csv"), "--report", report]);
      expect(again.stdout).toContain("Added 0 and updated 300 practitioners.");
      expect(await profileCount()).toBe(300);
      expect(readFileSync(report, "utf8")).toBe("\uFEFFline,key,column,problem\r\n");
    },
  );

  it(
    "after a crash in the middle of reading: nothing in the directory, then the next run finishes",
    { timeout: 240_000 },
    async () => {
      await painplan([
        "generate-directory",
        inFolder("crash.csv"),
        "--count",
        "6000",
        "--seed",
        "9",
      ]);
      const before = await profileCount();
      const child = spawn(
        process.execPath,
        [
          "--import",
          "tsx",
          cli,
          "import-directory",
          inFolder("crash.csv"),
          "--batch-size",
          "200",
          "--report",
          inFolder("crash-report.csv"),
        ],
        {
          env: environment(),
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let progress = "";
      await new Promise<void>((resolve, reject) => {
        child.stderr.on("data", (chunk: Buffer) => {
          progress += chunk.toString("utf8");
          // Kill it once a tenth of the file is read and committed (the non-terminal progress line).
          if (/\] [1-9]\d?% /.test(progress)) resolve();
        });
        child.once("exit", () => {
          reject(new Error(`The import ended before it could be killed: ${progress}`));
        });
      });
      child.kill("SIGKILL");
      await once(child, "exit");
      expect(await profileCount()).toBe(before);
      const resumed = await painplan([
        "import-directory",
        inFolder("crash.csv"),
        "--report",
        inFolder("crash-report.csv"),
      ]);
      expect(resumed.stdout).toMatch(/Resumed an unfinished import at line \d+/);
      expect(resumed.stdout).toContain("Added 6000 and updated 0 practitioners.");
      expect(await profileCount()).toBe(before + 6000);
    },
  );
});
