import { describe, expect, it } from "vitest";
import {
  attemptFor,
  forgetAttempt,
  freshAttempt,
  nextStoredAttempt,
  type AttemptStorage,
} from "./send-attempt";

function memoryStorage(): AttemptStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

let count = 0;
const newKey = () => `key-${(count += 1)}`;
const entry = { intensityNow: 6, notes: "Written on the train" };

describe("a submission's idempotency key", () => {
  it("keeps the key while the same fields are sent again, and makes a new one when they change", () => {
    const fresh = freshAttempt(newKey);
    const first = attemptFor(fresh, { insurer: "Acme", amount: 9000 }, newKey);
    const retry = attemptFor(first, { insurer: "Acme", amount: 9000 }, newKey);
    const changed = attemptFor(retry, { insurer: "Acme", amount: 8000 }, newKey);
    expect(first.key).toBe(fresh.key);
    expect(retry.key).toBe(first.key);
    expect(changed.key).not.toBe(first.key);
  });

  it("a fresh attempt after a success has a new key, even for the same fields", () => {
    const sent = attemptFor(freshAttempt(newKey), { insurer: "Acme" }, newKey);
    const next = attemptFor(freshAttempt(newKey), { insurer: "Acme" }, newKey);
    expect(next.key).not.toBe(sent.key);
  });
});

describe("a submission's key kept with its draft", () => {
  it("after a reload (nothing in memory), the same fields are sent with the same key", () => {
    const storage = memoryStorage();
    const sent = nextStoredAttempt(storage, "draft", undefined, entry, newKey);
    const afterReload = nextStoredAttempt(storage, "draft", undefined, { ...entry }, newKey);
    expect(afterReload.key).toBe(sent.key);
  });

  it("changed fields after a reload get a new key, kept for their own retries", () => {
    const storage = memoryStorage();
    const sent = nextStoredAttempt(storage, "draft", undefined, entry, newKey);
    const changed = nextStoredAttempt(storage, "draft", undefined, { ...entry, notes: "" }, newKey);
    const retried = nextStoredAttempt(storage, "draft", undefined, { ...entry, notes: "" }, newKey);
    expect(changed.key).not.toBe(sent.key);
    expect(retried.key).toBe(changed.key);
  });

  it("after a success (forgotten), the same fields are a new submission", () => {
    const storage = memoryStorage();
    const sent = nextStoredAttempt(storage, "draft", undefined, entry, newKey);
    forgetAttempt(storage, "draft");
    expect(storage.items.size).toBe(0);
    expect(nextStoredAttempt(storage, "draft", undefined, entry, newKey).key).not.toBe(sent.key);
  });

  it("drafts under other keys have keys of their own", () => {
    const storage = memoryStorage();
    const one = nextStoredAttempt(storage, "diary", undefined, entry, newKey);
    expect(nextStoredAttempt(storage, "session", undefined, entry, newKey).key).not.toBe(one.key);
  });

  it("without storage (disabled, full or unreadable), the page's own attempt keeps the key", () => {
    const broken: AttemptStorage = {
      getItem: () => "{not json",
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    const sent = nextStoredAttempt(broken, "draft", undefined, entry, newKey);
    expect(nextStoredAttempt(broken, "draft", sent, entry, newKey).key).toBe(sent.key);
    expect(nextStoredAttempt(undefined, "draft", sent, entry, newKey).key).toBe(sent.key);
  });
});
