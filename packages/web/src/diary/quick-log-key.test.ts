import { describe, expect, test } from "vitest";
import { afterSuccess, attemptFor } from "./quick-log-key";

function keys() {
  let next = 0;
  return () => `key-${++next}`;
}

describe("quick log idempotency key", () => {
  test("a retry of the same answer keeps its key; a new answer gets a new one", () => {
    const newKey = keys();
    const first = attemptFor({ key: "key-0", intensity: null }, 6, newKey);
    expect(attemptFor(first, 6, newKey)).toBe(first);
    expect(attemptFor(first, 4, newKey).key).not.toBe(first.key);
  });

  test("after a success the next log is a new entry", () => {
    const newKey = keys();
    const saved = attemptFor({ key: "key-0", intensity: null }, 6, newKey);
    expect(attemptFor(afterSuccess(newKey), 6, newKey).key).not.toBe(saved.key);
  });
});
