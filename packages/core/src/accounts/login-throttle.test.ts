import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideLogin, loginThrottlePolicy, windowCutoff } from "./login-throttle.js";

const limit = loginThrottlePolicy.account;
const start = new Date("2026-01-01T00:00:00.000Z");
const at = (ms: number) => new Date(start.getTime() + ms);

describe("login throttle", () => {
  it("allows a first attempt and attempts under the limit", () => {
    expect(decideLogin(undefined, limit, start)).toEqual({ isAllowed: true });
    const state = { failures: limit.maxFailures - 1, windowStartedAt: start };
    expect(decideLogin(state, limit, at(1000))).toEqual({ isAllowed: true });
  });

  it("blocks at the limit until the window ends, saying how long to wait", () => {
    const state = { failures: limit.maxFailures, windowStartedAt: start };
    expect(decideLogin(state, limit, at(60_000))).toEqual({
      isAllowed: false,
      retryAfterMs: limit.windowMs - 60_000,
    });
    expect(decideLogin(state, limit, at(limit.windowMs))).toEqual({ isAllowed: true });
  });

  it("the cutoff is one window before now", () => {
    expect(windowCutoff(limit, at(limit.windowMs)).getTime()).toBe(start.getTime());
  });

  it("a block never asks to wait longer than one window (property)", () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(limit.windowMs * 3), (failures, elapsed) => {
        const decision = decideLogin({ failures, windowStartedAt: start }, limit, at(elapsed));
        if (!decision.isAllowed) {
          expect(decision.retryAfterMs).toBeGreaterThan(0);
          expect(decision.retryAfterMs).toBeLessThanOrEqual(limit.windowMs);
        }
      }),
    );
  });

  it("more failures never turn a block into an allow (property)", () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.nat(limit.windowMs * 2), (fewer, extra, elapsed) => {
        const few = decideLogin({ failures: fewer, windowStartedAt: start }, limit, at(elapsed));
        const more = decideLogin(
          { failures: fewer + extra, windowStartedAt: start },
          limit,
          at(elapsed),
        );
        if (!few.isAllowed) expect(more.isAllowed).toBe(false);
      }),
    );
  });
});
