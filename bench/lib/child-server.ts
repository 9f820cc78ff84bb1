import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";

/** A server under test, running in its own process so it never shares the load generator's loop. */
export type ChildServer = {
  url: string;
  pid: number | undefined;
  /** CPU seconds (user + system) the server process has used so far; undefined off Linux. */
  cpuSeconds: () => number | undefined;
  stop(): Promise<void>;
};

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const ticksPerSecond = 100;

function cpuSecondsOf(pid: number | undefined): number | undefined {
  if (pid === undefined || process.platform !== "linux") return undefined;
  try {
    // Fields after the command name (which may hold spaces): utime and stime are 14th and 15th.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

export type ChildServerOptions = {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Matches the line the server prints once it listens; group 1 is its base URL. */
  listeningLine: RegExp;
};

const startTimeoutMs = 30_000;
const stopTimeoutMs = 10_000;

export async function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    const url = await waitUntilListening(child, options);
    return {
      url,
      pid: child.pid,
      cpuSeconds: () => cpuSecondsOf(child.pid),
      stop: () => stopChild(child),
    };
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
}

/** Resolves with the URL from the listening line; later lines (warnings) go to our stderr. */
function waitUntilListening(child: ChildProcess, options: ChildServerOptions): Promise<string> {
  const { name, listeningLine } = options;
  if (child.stdout === null) throw new Error(`${name}: no stdout pipe`);
  const lines = createInterface({ input: child.stdout });
  return new Promise((resolve, reject) => {
    let isListening = false;
    const onExit = (code: number | null, signal: string | null) => {
      settle(new Error(`${name} exited (${String(code ?? signal)}) before it was listening`));
    };
    const timer = setTimeout(() => {
      settle(new Error(`${name} was not listening after ${startTimeoutMs} ms`));
    }, startTimeoutMs);
    function settle(outcome: string | Error): void {
      clearTimeout(timer);
      child.off("exit", onExit);
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    }
    child.once("exit", onExit);
    lines.on("line", (line) => {
      const url = isListening ? undefined : listeningLine.exec(line)?.[1];
      if (url === undefined) {
        process.stderr.write(`[${name}] ${line}\n`);
        return;
      }
      isListening = true;
      settle(url);
    });
  });
}

/** SIGTERM (the servers finish in-flight requests and close), SIGKILL if that takes too long. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), stopTimeoutMs);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}
