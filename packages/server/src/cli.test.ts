import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { argon2PasswordHasher } from "./accounts/password-hasher.js";
import { openDatabase } from "./database/database.js";
import { startTestApp } from "./testing/test-app.js";

const run = promisify(execFile);
const cli = path.join(import.meta.dirname, "cli.ts");
let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "painplan-cli-"));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

function painplan(args: string[], extraEnvironment: Record<string, string> = {}) {
  return run(process.execPath, ["--import", "tsx", cli, ...args], {
    env: {
      PATH: process.env["PATH"] ?? "",
      DATA_DIR: dataDir,
      LOG_LEVEL: "silent",
      ...extraEnvironment,
    },
  });
}

describe("the painplan command", () => {
  it("migrate brings an empty data folder up to date, twice without harm", async () => {
    expect((await painplan(["migrate"])).stdout).toContain("up to date");
    expect((await painplan(["migrate"])).stdout).toContain("up to date");
  });

  it("create-admin makes an admin whose password is hashed, and refuses a short password", async () => {
    const password = "an admin passphrase";
    const created = await painplan(
      ["create-admin", "--email", "Admin@Example.org", "--display-name", "Site Admin"],
      { PAINPLAN_ADMIN_PASSWORD: password },
    );
    expect(created.stdout).toContain("Admin admin@example.org created");
    const database = openDatabase({ kind: "sqlite", dataDir });
    try {
      const row = await database.db.selectFrom("users").selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({ email: "admin@example.org", role: "admin", time_zone: "UTC" });
      expect(await argon2PasswordHasher().verify(row.password_hash, password)).toBe(true);
    } finally {
      await database.close();
    }
    await expect(
      painplan(["create-admin", "--email", "b@example.org", "--display-name", "B"], {
        PAINPLAN_ADMIN_PASSWORD: "short",
      }),
    ).rejects.toMatchObject({ stderr: expect.stringContaining("password") as unknown });
  });

  it("reset-password prints a one-time link that sets a new password through the API", async () => {
    const password = "an admin passphrase";
    await painplan(["create-admin", "--email", "ana@example.org", "--display-name", "Ana"], {
      PAINPLAN_ADMIN_PASSWORD: password,
    });
    const printed = await painplan(["reset-password", "Ana@Example.org"], {
      PUBLIC_URL: "https://pain.example.org",
    });
    const link = /https:\/\/pain\.example\.org\/reset-password#token=([\w-]+)/.exec(printed.stdout);
    expect(link?.[1]).toBeDefined();
    const database = openDatabase({ kind: "sqlite", dataDir });
    const app = await startTestApp({ database });
    try {
      const newPassword = "a new passphrase from the admin";
      const reset = await app
        .client()
        .post("/api/auth/password-reset", { token: link?.[1], newPassword });
      expect(reset.statusCode).toBe(204);
      const again = await app
        .client()
        .post("/api/auth/password-reset", { token: link?.[1], newPassword: "once more, please" });
      expect(again.statusCode).toBe(400);
      const signIn = await app
        .client()
        .post("/api/auth/sign-in", { email: "ana@example.org", password: newPassword });
      expect(signIn.statusCode).toBe(200);
    } finally {
      await app.close();
      await database.close();
    }
    await expect(painplan(["reset-password", "nobody@example.org"])).rejects.toMatchObject({
      stderr: expect.stringContaining("No account uses nobody@example.org") as unknown,
    });
  });

  it("explains its usage and fails on an unknown command", async () => {
    await expect(painplan(["frobnicate"])).rejects.toMatchObject({
      code: 2,
      stdout: expect.stringContaining("Usage: painplan") as unknown,
    });
  });

  it("refuses bad configuration with a clear message", async () => {
    await expect(painplan(["migrate"], { PORT: "eighty" })).rejects.toMatchObject({
      stderr: expect.stringContaining("PORT") as unknown,
    });
  });
});
