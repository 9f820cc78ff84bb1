/**
 * The handlers still running. A client that hangs up mid-request (a load generator stopping, a
 * closed tab) closes its connection at once, so the HTTP server can finish closing while that
 * request's handler still waits on the database; closing the database then made the handler fail
 * ("driver has already been destroyed", logged as an unhandled error). The app waits for these
 * handlers on close, after the server stopped taking requests, and only then is the database
 * closed (`server.ts`).
 */
export function inFlightHandlers() {
  let running = 0;
  let waiting: (() => void)[] = [];
  function settle(): void {
    running -= 1;
    if (running > 0) return;
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
  }
  return {
    /** Runs one handler, counted until it settles. */
    track<T>(work: () => Promise<T>): Promise<T> {
      running += 1;
      let promise: Promise<T>;
      try {
        promise = work();
      } catch (error) {
        settle();
        throw error;
      }
      return promise.finally(settle);
    },
    /** Resolves once no handler is running. */
    drained(): Promise<void> {
      if (running === 0) return Promise.resolve();
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}

export type InFlightHandlers = ReturnType<typeof inFlightHandlers>;
