const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * Server-side sessions. Idle expiry is long enough for someone who logs pain once a day and
 * short enough that a forgotten device does not stay signed in; absolute expiry bounds a
 * stolen cookie. See docs/security.md.
 */
export const signInSessionPolicy = {
  tokenBytes: 32,
  idleTimeoutMs: 3 * day,
  absoluteTimeoutMs: 30 * day,
  /** Last-seen is written at most this often, so reads stay reads. */
  touchIntervalMs: 5 * minute,
} as const;

/**
 * A browser that signed in successfully gets a device cookie (OWASP's "device cookies" against
 * lockout as a weapon): while the account or address is locked for strangers, that browser may
 * still sign in, within an allowance of its own. See docs/security.md.
 */
export const trustedDevicePolicy = {
  tokenBytes: 32,
  lifetimeMs: 90 * day,
} as const;

/** A password reset link: single use, 30 minutes, 256 random bits stored as SHA-256. */
export const passwordResetPolicy = {
  tokenBytes: 32,
  lifetimeMs: 30 * minute,
} as const;

export type SignInSessionTimes = {
  createdAt: Date;
  lastSeenAt: Date;
};

export function isSignInSessionActive(session: SignInSessionTimes, now: Date): boolean {
  const idleFor = now.getTime() - session.lastSeenAt.getTime();
  const age = now.getTime() - session.createdAt.getTime();
  return idleFor < signInSessionPolicy.idleTimeoutMs && age < signInSessionPolicy.absoluteTimeoutMs;
}

export function shouldTouchSignInSession(session: SignInSessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= signInSessionPolicy.touchIntervalMs;
}

/** When the session ends if it stays idle from now on (for the cookie's Expires). */
export function signInSessionExpiresAt(session: SignInSessionTimes, now: Date): Date {
  const idleEnd = now.getTime() + signInSessionPolicy.idleTimeoutMs;
  const absoluteEnd = session.createdAt.getTime() + signInSessionPolicy.absoluteTimeoutMs;
  return new Date(Math.min(idleEnd, absoluteEnd));
}
