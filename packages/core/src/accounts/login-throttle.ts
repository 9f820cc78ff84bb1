/**
 * Login throttling (OWASP Authentication Cheat Sheet: limit failed attempts per account and per
 * source). A fixed window counts failures; past the limit the key is locked until the window ends.
 */
export const loginThrottlePolicy = {
  account: { maxFailures: 5, windowMs: 15 * 60_000 },
  address: { maxFailures: 30, windowMs: 15 * 60_000 },
  /** A browser that signed in before (device cookie) has its own allowance, apart from the account's. */
  device: { maxFailures: 5, windowMs: 15 * 60_000 },
} as const;

/** New accounts per client address (every attempt counts); an operator can change the number. */
export const registrationThrottlePolicy = { maxFailures: 20, windowMs: 60 * 60_000 } as const;

export type ThrottleLimit = { maxFailures: number; windowMs: number };

export type ThrottleState = {
  failures: number;
  windowStartedAt: Date;
};

export type ThrottleDecision = { isAllowed: true } | { isAllowed: false; retryAfterMs: number };

function isWindowOpen(state: ThrottleState, limit: ThrottleLimit, now: Date): boolean {
  return now.getTime() - state.windowStartedAt.getTime() < limit.windowMs;
}

export function decideLogin(
  state: ThrottleState | undefined,
  limit: ThrottleLimit,
  now: Date,
): ThrottleDecision {
  if (state === undefined || !isWindowOpen(state, limit, now)) return { isAllowed: true };
  if (state.failures < limit.maxFailures) return { isAllowed: true };
  const retryAfterMs = state.windowStartedAt.getTime() + limit.windowMs - now.getTime();
  return { isAllowed: false, retryAfterMs };
}

/**
 * Failures that started before this instant belong to an expired window: the next failure
 * starts a new one. The store applies it atomically (several app instances share one count).
 */
export function windowCutoff(limit: ThrottleLimit, now: Date): Date {
  return new Date(now.getTime() - limit.windowMs);
}

/** How long to wait, from a window's start, until a full key opens again. */
export function retryAfterMs(windowStartedAt: Date, limit: ThrottleLimit, now: Date): number {
  return Math.max(0, windowStartedAt.getTime() + limit.windowMs - now.getTime());
}
