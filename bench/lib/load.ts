import autocannon from "autocannon";

export type LoadSettings = {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
};

export type LoadTarget = {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** A fresh JSON body for every request (e.g. a new idempotency key each time). */
  nextBody?: () => string;
};

export type Measurement = {
  requestsPerSecond: number;
  /** Of 2xx responses, from each one's own timing (autocannon's histogram keeps whole ms). */
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Connection errors, timeouts included. */
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /**
   * CPU time the server process spent per request during the measured run (user + system, from
   * /proc; 10 ms ticks over thousands of requests). Unlike req/s it hardly moves when other
   * processes share the machine. Absent off Linux.
   */
  serverCpuMsPerRequest?: number;
};

/** A short warm-up (discarded: JIT, caches, pools), then the measured run. */
export async function measure(
  target: LoadTarget,
  settings: LoadSettings,
  signal: AbortSignal,
  serverCpuSeconds: () => number | undefined = () => undefined,
): Promise<Measurement> {
  await runLoad(target, settings.connections, settings.warmupSeconds, signal);
  signal.throwIfAborted();
  const cpuBefore = serverCpuSeconds();
  const run = await runLoad(target, settings.connections, settings.durationSeconds, signal);
  const cpuAfter = serverCpuSeconds();
  signal.throwIfAborted();
  const measurement = summarize(run);
  if (cpuBefore === undefined || cpuAfter === undefined || measurement.requests === 0) {
    return measurement;
  }
  const cpuMs = ((cpuAfter - cpuBefore) * 1000) / measurement.requests;
  return { ...measurement, serverCpuMsPerRequest: Math.round(cpuMs * 1000) / 1000 };
}

type LoadRun = { result: autocannon.Result; latenciesMs: number[] };

function runLoad(
  target: LoadTarget,
  connections: number,
  seconds: number,
  signal: AbortSignal,
): Promise<LoadRun> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new Error("Interrupted."));
      return;
    }
    const { nextBody } = target;
    const options = {
      url: target.url,
      connections,
      duration: seconds,
      method: target.method ?? "GET",
      ...(target.headers === undefined ? {} : { headers: target.headers }),
      ...(nextBody === undefined
        ? {}
        : {
            requests: [
              {
                setupRequest: (request: autocannon.Request) => ({ ...request, body: nextBody() }),
              },
            ],
          }),
    };
    const latenciesMs: number[] = [];
    const finished = new AbortController();
    // autocannon reports bad options synchronously, before `instance` exists.
    const instance = autocannon(options, (error: unknown, result: autocannon.Result) => {
      finished.abort();
      if (error === null || error === undefined) resolve({ result, latenciesMs });
      else
        reject(error instanceof Error ? error : new Error("autocannon failed", { cause: error }));
    });
    instance.on("response", (_client, statusCode, _bytes, responseTimeMs) => {
      if (statusCode >= 200 && statusCode < 300) latenciesMs.push(responseTimeMs);
    });
    const stop = () => {
      instance.stop();
    };
    signal.addEventListener("abort", stop, { once: true, signal: finished.signal });
  });
}

/** Nearest-rank percentile, rounded to 0.01 ms. */
function percentile(sorted: Float64Array, rank: number): number {
  const value = sorted[Math.max(0, Math.ceil((rank / 100) * sorted.length) - 1)] ?? Number.NaN;
  return Math.round(value * 100) / 100;
}

function summarize({ result, latenciesMs }: LoadRun): Measurement {
  const sorted = Float64Array.from(latenciesMs).sort();
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = stats.count ?? 0;
  }
  return {
    requestsPerSecond: result.requests.mean,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    statusCodes,
  };
}
