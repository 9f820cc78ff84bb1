import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isSignInSessionActive,
  signInSessionExpiresAt,
  signInSessionPolicy,
  shouldTouchSignInSession,
} from "./sign-in-session-policy.js";

const start = new Date("2026-01-01T00:00:00.000Z");
const at = (ms: number) => new Date(start.getTime() + ms);

describe("session policy", () => {
  it("uses 256-bit tokens (OWASP Session Management: at least 64 bits of entropy)", () => {
    expect(signInSessionPolicy.tokenBytes * 8).toBe(256);
  });

  it("ends a session at the idle timeout", () => {
    const session = { createdAt: start, lastSeenAt: start };
    expect(isSignInSessionActive(session, at(signInSessionPolicy.idleTimeoutMs - 1))).toBe(true);
    expect(isSignInSessionActive(session, at(signInSessionPolicy.idleTimeoutMs))).toBe(false);
  });

  it("ends a session at the absolute timeout however recently it was used", () => {
    const now = at(signInSessionPolicy.absoluteTimeoutMs);
    expect(
      isSignInSessionActive(
        { createdAt: start, lastSeenAt: at(signInSessionPolicy.absoluteTimeoutMs - 1) },
        now,
      ),
    ).toBe(false);
  });

  it("writes last-seen only after the touch interval", () => {
    const session = { createdAt: start, lastSeenAt: start };
    expect(shouldTouchSignInSession(session, at(signInSessionPolicy.touchIntervalMs - 1))).toBe(
      false,
    );
    expect(shouldTouchSignInSession(session, at(signInSessionPolicy.touchIntervalMs))).toBe(true);
  });

  it("never lets the cookie outlive the absolute expiry (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: signInSessionPolicy.absoluteTimeoutMs * 2 }),
        (elapsed) => {
          const expires = signInSessionExpiresAt(
            { createdAt: start, lastSeenAt: at(elapsed) },
            at(elapsed),
          );
          expect(expires.getTime()).toBeLessThanOrEqual(
            start.getTime() + signInSessionPolicy.absoluteTimeoutMs,
          );
          expect(expires.getTime()).toBeLessThanOrEqual(
            elapsed + start.getTime() + signInSessionPolicy.idleTimeoutMs,
          );
        },
      ),
    );
  });
});
