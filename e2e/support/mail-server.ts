import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SMTPServer } from "smtp-server";
import { collectOutput, freePort, stop, waitForHealth } from "./server-process.js";
import { testWebDistDir } from "./test-web-dist.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** A local SMTP server that keeps every message's raw text (no auth, no TLS). */
async function startSmtpSink(): Promise<{ url: string; received: string[]; close(): void }> {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push(Buffer.concat(chunks).toString("utf8"));
        callback();
      });
    },
  });
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => {
      server.close();
    },
  };
}

export type ServerWithMail = {
  baseUrl: string;
  /** The raw text of every e-mail the server sent. */
  received: string[];
  stop(): Promise<void>;
};

/**
 * A second PainPlan server (the built one) that sends its e-mail to a local sink, for journeys
 * through e-mail. The shared server of the run has no SMTP, as a fresh install has none.
 */
export async function startServerWithMail(): Promise<ServerWithMail> {
  const sink = await startSmtpSink();
  const dataDir = await mkdtemp(path.join(tmpdir(), "painplan-e2e-mail-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, ["packages/server/dist/cli.js", "serve"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      PUBLIC_URL: baseUrl,
      SMTP_URL: sink.url,
      WEB_DIST_DIR: testWebDistDir,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const cleanUp = async () => {
    await stop(server);
    sink.close();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, server, collectOutput(server));
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return { baseUrl, received: sink.received, stop: cleanUp };
}
