import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { chromiumPath } from "./provided-context.js";
import { collectOutput, freePort, run, stop, waitForHealth } from "./server-process.js";
import { testWebDistDir } from "./test-web-dist.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** In CI a missing browser is a failure: a silently skipped journey would hide regressions. */
function browserSkipReason(): string {
  if (existsSync(chromiumPath)) return "";
  const reason = `${chromiumPath} is missing (install it with: apt-get install -y chromium)`;
  if (process.env["CI"] === "true") throw new Error(`CI=true but ${reason}.`);
  return reason;
}

/** The server (tsc) and a production build of the web app into `testWebDistDir`. */
async function build(): Promise<void> {
  await run("npx", ["tsc", "-b", "packages/core", "packages/server"], repoRoot);
  // Vitest sets NODE_ENV=test, which would give a development build of React.
  const environment = { ...process.env, NODE_ENV: "production" };
  await run(
    "npx",
    ["vite", "build", "--outDir", testWebDistDir, "--emptyOutDir"],
    path.join(repoRoot, "packages/web"),
    environment,
  );
}

/**
 * An admin for the journeys that need one, made as an operator would (`painplan create-admin`);
 * before the server starts, as the embedded database takes one process at a time.
 */
async function createAdmin(
  environment: NodeJS.ProcessEnv,
): Promise<{ email: string; password: string }> {
  const admin = {
    email: `admin-${randomUUID()}@example.org`,
    password: "quiet harbour evening tide",
  };
  await run(
    process.execPath,
    [
      "packages/server/dist/cli.js",
      "create-admin",
      "--email",
      admin.email,
      "--display-name",
      "Admin Ada",
      "--time-zone",
      "Pacific/Auckland",
    ],
    repoRoot,
    { ...environment, PAINPLAN_ADMIN_PASSWORD: admin.password },
  );
  return admin;
}

/**
 * Builds the server and the web app (the server serves the built web app, as in production,
 * from `.test-artifacts/web-dist`), then starts the real server on a free port with an empty
 * data directory, and stops it afterwards.
 * PAINPLAN_E2E_SKIP_BUILD=true reuses the last build while iterating on tests.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const skipReason = browserSkipReason();
  project.provide("skipReason", skipReason);
  if (skipReason !== "") {
    process.stderr.write(`\n[e2e] Skipping the browser journeys: ${skipReason}.\n\n`);
    project.provide("baseUrl", "");
    project.provide("admin", { email: "", password: "" });
    return () => Promise.resolve();
  }
  if (process.env["PAINPLAN_E2E_SKIP_BUILD"] !== "true") await build();

  const dataDir = await mkdtemp(path.join(tmpdir(), "painplan-e2e-"));
  const port = await freePort();
  const environment = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    WEB_DIST_DIR: testWebDistDir,
    LOG_LEVEL: "warn",
    // Every journey registers its people from 127.0.0.1.
    REGISTRATIONS_PER_HOUR: "100000",
  };
  try {
    project.provide("admin", await createAdmin(environment));
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const server = spawn(process.execPath, ["packages/server/dist/cli.js", "serve"], {
    cwd: repoRoot,
    env: environment,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = collectOutput(server);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, server, output);
  } catch (error) {
    await stop(server);
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide("baseUrl", baseUrl);

  return async () => {
    await stop(server);
    await rm(dataDir, { recursive: true, force: true });
  };
}
