import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { testWebDistDir } from "./test-web-dist.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** A port the OS says is free right now (the server is told to use it). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === "string") throw new Error("No TCP port available.");
  return address.port;
}

/** Runs a command to completion; its output is shown only if it fails. */
export async function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  const output = collectOutput(child);
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} failed (${code}):\n${output()}`);
}

export function collectOutput(child: ChildProcess): () => string {
  const chunks: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
  return () => chunks.join("").slice(-8_000);
}

export async function waitForHealth(
  baseUrl: string,
  server: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`The server exited (${server.exitCode}) before it was ready:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not become healthy within 30 s:\n${output()}`);
}

export async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = once(server, "exit");
  server.kill("SIGTERM");
  const timer = setTimeout(() => server.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/** A PainPlan server a journey started for itself; `stop` also deletes its data directory. */
export type OwnServer = { baseUrl: string; stop(): Promise<void> };

/**
 * A second PainPlan server (the built one) on a free port with an empty data directory, for
 * journeys the shared server cannot serve (e-mail, a "localhost" relying party). It listens on
 * 127.0.0.1; `publicHost` is the host of its public URL, `env` adds to its configuration.
 */
export async function startOwnServer(options: {
  name: string;
  publicHost?: string;
  env?: NodeJS.ProcessEnv;
}): Promise<OwnServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `painplan-e2e-${options.name}-`));
  const port = await freePort();
  const baseUrl = `http://${options.publicHost ?? "127.0.0.1"}:${port}`;
  const server: ChildProcess = spawn(process.execPath, ["packages/server/dist/cli.js", "serve"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      PUBLIC_URL: baseUrl,
      WEB_DIST_DIR: testWebDistDir,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const cleanUp = async () => {
    await stop(server);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(`http://127.0.0.1:${port}`, server, collectOutput(server));
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return { baseUrl, stop: cleanUp };
}
