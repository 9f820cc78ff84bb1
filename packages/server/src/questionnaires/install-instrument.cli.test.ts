import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { childProcessTestTimeout } from "../testing/child-process-timeout.js";
import { openDatabase } from "../database/database.js";
import { fixtureFiles } from "./fixtures/fixture-files.js";

const run = promisify(execFile);
const cli = path.join(import.meta.dirname, "..", "cli.ts");
let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "painplan-cli-instrument-"));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

function painplan(args: string[]) {
  return run(process.execPath, ["--import", "tsx", cli, ...args], {
    env: { PATH: process.env["PATH"] ?? "", DATA_DIR: dataDir, LOG_LEVEL: "silent" },
  });
}

async function installedIds(): Promise<string[]> {
  const database = openDatabase({ kind: "sqlite", dataDir });
  try {
    const rows = await database.db
      .selectFrom("installed_instruments")
      .select("instrument_id")
      .execute();
    return rows.map((row) => row.instrument_id);
  } finally {
    await database.close();
  }
}

// Each case starts the CLI (tsx) once or twice: slower than an in-process test.
describe("painplan install-instrument", { timeout: childProcessTestTimeout }, () => {
  it("installs the placeholder DN4 definition into the database", async () => {
    const { stdout } = await painplan(["install-instrument", fixtureFiles.dn4]);
    expect(stdout).toContain("Installed DN4 nerve pain questionnaire (dn4, version test-1)");
    expect(await installedIds()).toEqual(["dn4"]);
  });

  it("refuses a file whose linkIds do not match, saying which ones, and stores nothing", async () => {
    await expect(
      painplan(["install-instrument", fixtureFiles.dn4Mismatched]),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        "closest instrument: dn4: missing linkIds: electric-shocks, brushing",
      ) as unknown,
    });
    await expect(
      painplan(["install-instrument", fixtureFiles.idPain, "--instrument", "s-lanss"]),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining("s-lanss: missing linkIds: strange-sensations") as unknown,
    });
    expect(await installedIds()).toEqual([]);
  });

  it("asks for the file when none is named", async () => {
    await expect(painplan(["install-instrument"])).rejects.toMatchObject({
      stderr: expect.stringContaining("Name the definition file") as unknown,
    });
  });
});
