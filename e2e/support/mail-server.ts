import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { startOwnServer } from "./server-process.js";

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
  try {
    const server = await startOwnServer({ name: "mail", env: { SMTP_URL: sink.url } });
    const stopBoth = async () => {
      await server.stop();
      sink.close();
    };
    return { baseUrl: server.baseUrl, received: sink.received, stop: stopBoth };
  } catch (error) {
    sink.close();
    throw error;
  }
}
