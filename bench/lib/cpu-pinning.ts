import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";

/**
 * Where the load generator and the server under test run. Left to the scheduler on a two-core
 * machine, the two often take turns on one core and the baseline swings by a factor of two
 * between runs; pinned (load generator on CPU 0, server on CPU 1), it holds steady.
 */
export type Pinning = {
  description: string;
  /** The command that starts `node <args>` with the server's placement. */
  serverCommand(nodeArgs: string[]): { command: string; args: string[] };
};

const unpinned = (reason: string): Pinning => ({
  description: `none (${reason})`,
  serverCommand: (nodeArgs) => ({ command: process.execPath, args: nodeArgs }),
});

/** `BENCH_PIN=off` leaves placement to the scheduler; otherwise pins when Linux `taskset` can. */
export function pinCpus(mode: string | undefined): Pinning {
  if (mode === "off") return unpinned("BENCH_PIN=off");
  if (process.platform !== "linux") return unpinned("needs Linux taskset");
  if (availableParallelism() < 2) return unpinned("fewer than 2 CPUs");
  // -a: every thread of this process, so autocannon's helpers stay on CPU 0 too.
  const pinned = spawnSync("taskset", ["-a", "-p", "-c", "0", String(process.pid)], {
    stdio: "ignore",
  });
  if (pinned.status !== 0) return unpinned("taskset failed or is missing");
  return {
    description: "load generator on CPU 0, server on CPU 1",
    serverCommand: (nodeArgs) => ({
      command: "taskset",
      args: ["-c", "1", process.execPath, ...nodeArgs],
    }),
  };
}
