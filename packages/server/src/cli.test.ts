import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { childProcessTestTimeout } from "./testing/child-process-timeout.js";
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

/**
 * Runs `painplan serve` on a free port until it says where it runs, asks it one request, stops
 * it, and returns what it printed on stdout, line by line, with its address.
 */
async function serveOneRequest(extraEnvironment: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", cli, "serve"], {
    env: {
      PATH: process.env["PATH"] ?? "",
      DATA_DIR: dataDir,
      PORT: "0",
      WEB_DIST_DIR: path.join(dataDir, "no-web-build"),
      ...extraEnvironment,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let printed = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      printed += chunk.toString("utf8");
      const address = /PainPlan is running at (\S+)\n/.exec(printed)?.[1];
      if (address !== undefined) resolve(address);
    });
    child.once("exit", (code) => {
      reject(new Error(`painplan serve exited (${String(code)}): ${printed}`));
    });
  });
  expect((await fetch(new URL("/api/health", url))).status).toBe(200);
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  await exited;
  return { url, lines: printed.split("\n").filter((line) => line !== "") };
}

describe("painplan serve", { timeout: childProcessTestTimeout }, () => {
  it("says once where it runs, and writes no line per request at the default level", async () => {
    const { url, lines } = await serveOneRequest();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(lines[0]).toBe(`PainPlan is running at ${url}`);
    expect(lines.filter((line) => line.includes(url))).toHaveLength(1);
    expect(lines.join("\n")).not.toMatch(/incoming request|request completed|\/api\/health/);
  });

  it("writes a line per request with LOG_LEVEL=debug", async () => {
    const { lines } = await serveOneRequest({ LOG_LEVEL: "debug" });
    const incoming = lines.filter((line) => line.includes("incoming request"));
    expect(incoming.filter((line) => line.includes('"path":"/api/health"'))).toHaveLength(1);
    expect(lines.filter((line) => line.includes("request completed"))).toHaveLength(1);
  });
});

describe("the painplan command", { timeout: childProcessTestTimeout }, () => {
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
