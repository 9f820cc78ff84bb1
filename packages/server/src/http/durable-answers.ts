import type { FastifyInstance } from "fastify";

/**
 * No answer leaves before every commit made until then is on disk: on the embedded database a
 * commit is flushed after it is made (database/wal-durability.ts), and a read may already see it.
 * `durable` is undefined-returning when nothing waits (PostgreSQL always, SQLite mostly), so a
 * reply pays no promise then. A failed flush fails the answer (500), as it would a write.
 */
export function registerDurableAnswers(
  app: FastifyInstance,
  durable: () => Promise<void> | undefined,
): void {
  app.addHook("onSend", (_request, _reply, payload, done) => {
    const flushed = durable();
    if (flushed === undefined) {
      done(null, payload);
      return;
    }
    flushed.then(
      () => {
        done(null, payload);
      },
      (error: unknown) => {
        done(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
