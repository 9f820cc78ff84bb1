/**
 * Practice logs that could not be sent yet (the network dropped during a practice). They wait in
 * this tab's session storage under the drafts prefix, so a reload keeps them and signing out
 * discards them (`discardAllDrafts`), and are sent again when the connection returns.
 */

/** The parts of `Storage` the queue uses (sessionStorage in the app, a Map in tests). */
export type QueueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** One log waiting to be sent. `localId` is made on this device and never changes. */
export type PendingLog<Body> = { localId: string; body: Body };

/** What sending one log came to: sent, or try later (offline, server busy), or refused for good. */
export type SendOutcome = "sent" | "retry" | "refused";

export const pendingLogsKey = (userId: string) => `painplan:draft:practice-logs:${userId}`;

/** The waiting logs, oldest first; damaged storage reads as none. `isBody` checks each body. */
export function readPendingLogs<Body>(
  storage: QueueStorage,
  key: string,
  isBody: (value: unknown) => value is Body,
): PendingLog<Body>[] {
  try {
    const stored: unknown = JSON.parse(storage.getItem(key) ?? "[]");
    if (!Array.isArray(stored)) return [];
    return stored.filter(
      (entry): entry is PendingLog<Body> =>
        typeof entry === "object" &&
        entry !== null &&
        typeof (entry as { localId?: unknown }).localId === "string" &&
        isBody((entry as { body?: unknown }).body),
    );
  } catch {
    return [];
  }
}

function writePendingLogs<Body>(storage: QueueStorage, key: string, logs: PendingLog<Body>[]) {
  try {
    if (logs.length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(logs));
  } catch {
    // Full or disabled storage: the log is only kept in memory for this page.
  }
}

/** Adds a log to the end of the queue (a log with the same localId is replaced, not doubled). */
export function queuePendingLog<Body>(
  storage: QueueStorage,
  key: string,
  log: PendingLog<Body>,
  isBody: (value: unknown) => value is Body,
): void {
  const others = readPendingLogs(storage, key, isBody).filter((e) => e.localId !== log.localId);
  writePendingLogs(storage, key, [...others, log]);
}

/**
 * Sends every waiting log in order. Sent and refused ones leave the queue; at the first "retry"
 * the rest stay for next time (the network is still down). Returns how many were sent and which
 * were refused (the caller tells the person).
 */
export async function sendPendingLogs<Body>(
  storage: QueueStorage,
  key: string,
  isBody: (value: unknown) => value is Body,
  send: (log: PendingLog<Body>) => Promise<SendOutcome>,
): Promise<{ sent: number; refused: PendingLog<Body>[]; waiting: number }> {
  const queue = readPendingLogs(storage, key, isBody);
  let sent = 0;
  const refused: PendingLog<Body>[] = [];
  while (queue.length > 0) {
    const [next] = queue;
    if (next === undefined) break;
    const outcome = await send(next);
    if (outcome === "retry") break;
    queue.shift();
    if (outcome === "sent") sent += 1;
    else refused.push(next);
    // Written after each log, so a page closed half-way never sends one twice.
    writePendingLogs(storage, key, queue);
  }
  return { sent, refused, waiting: queue.length };
}
