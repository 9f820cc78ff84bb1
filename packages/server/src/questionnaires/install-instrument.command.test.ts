import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { configFromEnvironment } from "../system/config.js";
import { installInstrumentCommand } from "./install-instrument.command.js";
import { InstallRefusedError, licensedFileLimits } from "./install-instrument.js";

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), "painplan-install-"));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe("install-instrument command", () => {
  it("refuses a file over the size limit by its size, before reading it or opening the database", async () => {
    const file = path.join(folder, "huge.json");
    writeFileSync(file, "x".repeat(licensedFileLimits.maxBytes + 100));
    const dataDir = path.join(folder, "data");
    const config = configFromEnvironment({ DATA_DIR: dataDir }, "/nonexistent-web-dist");
    const lines: string[] = [];
    const install = installInstrumentCommand(config, file, undefined, (line) => lines.push(line));
    await expect(install).rejects.toThrow(InstallRefusedError);
    await expect(install).rejects.toThrow(
      /is 1,025 KB; a questionnaire definition is at most 1,024 KB/,
    );
    expect(lines).toEqual([]);
  });
});
