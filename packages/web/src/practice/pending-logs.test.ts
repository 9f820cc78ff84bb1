import { describe, expect, it } from "vitest";
import {
  pendingLogsKey,
  queuePendingLog,
  readPendingLogs,
  sendPendingLogs,
  type QueueStorage,
  type SendOutcome,
} from "./pending-logs";

type Body = { minutes: number };
const isBody = (value: unknown): value is Body =>
  typeof value === "object" && value !== null && typeof (value as Body).minutes === "number";

function memoryStorage(): QueueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      map.set(key, value);
    },
    removeItem: (key) => {
      map.delete(key);
    },
  };
}

const key = pendingLogsKey("user-1");

describe("pending practice logs", () => {
  it("keeps queued logs in order and replaces one queued twice", () => {
    const storage = memoryStorage();
    queuePendingLog(storage, key, { localId: "a", body: { minutes: 3 } }, isBody);
    queuePendingLog(storage, key, { localId: "b", body: { minutes: 5 } }, isBody);
    queuePendingLog(storage, key, { localId: "a", body: { minutes: 4 } }, isBody);
    expect(readPendingLogs(storage, key, isBody).map((log) => log.localId)).toEqual(["b", "a"]);
  });

  it("keeps everything while offline and sends it all when back", async () => {
    const storage = memoryStorage();
    queuePendingLog(storage, key, { localId: "a", body: { minutes: 3 } }, isBody);
    queuePendingLog(storage, key, { localId: "b", body: { minutes: 5 } }, isBody);
    const offline = await sendPendingLogs(storage, key, isBody, () => Promise.resolve("retry"));
    expect(offline).toEqual({ sent: 0, refused: [], waiting: 2 });
    const sentIds: string[] = [];
    const online = await sendPendingLogs(storage, key, isBody, (log) => {
      sentIds.push(log.localId);
      return Promise.resolve<SendOutcome>("sent");
    });
    expect(online).toEqual({ sent: 2, refused: [], waiting: 0 });
    expect(sentIds).toEqual(["a", "b"]);
    expect(storage.map.has(key)).toBe(false);
  });

  it("stops at the first retry and drops refused logs", async () => {
    const storage = memoryStorage();
    for (const id of ["a", "b", "c"]) {
      queuePendingLog(storage, key, { localId: id, body: { minutes: 1 } }, isBody);
    }
    const outcomes: Record<string, SendOutcome> = { a: "refused", b: "retry", c: "sent" };
    const result = await sendPendingLogs(storage, key, isBody, (log) =>
      Promise.resolve(outcomes[log.localId] ?? "retry"),
    );
    expect(result.sent).toBe(0);
    expect(result.refused.map((log) => log.localId)).toEqual(["a"]);
    expect(readPendingLogs(storage, key, isBody).map((log) => log.localId)).toEqual(["b", "c"]);
  });

  it("reads damaged storage as an empty queue", () => {
    const storage = memoryStorage();
    storage.setItem(key, "{oops");
    expect(readPendingLogs(storage, key, isBody)).toEqual([]);
    storage.setItem(key, JSON.stringify([{ localId: "a", body: { minutes: "x" } }, 7]));
    expect(readPendingLogs(storage, key, isBody)).toEqual([]);
  });
});
