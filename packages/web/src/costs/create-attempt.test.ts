import { describe, expect, it } from "vitest";
import { attemptFor, freshAttempt } from "./create-attempt";

describe("create form idempotency key", () => {
  let count = 0;
  const newKey = () => `key-${(count += 1)}`;

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
