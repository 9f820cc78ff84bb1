const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * Server-side sessions. Idle expiry is long enough for someone who logs pain once a day and
 * short enough that a forgotten device does not stay signed in; absolute expiry bounds a
 * stolen cookie. See docs/security.md.
 */
export const sessionPolicy = {
  tokenBytes: 32,
  idleTimeoutMs: 3 * day,
  absoluteTimeoutMs: 30 * day,
  /** Last-seen is written at most this often, so reads stay reads. */
  touchIntervalMs: 5 * minute,
} as const;

export type SessionTimes = {
  createdAt: Date;
  lastSeenAt: Date;
};

export function isSessionActive(session: SessionTimes, now: Date): boolean {
  const idleFor = now.getTime() - session.lastSeenAt.getTime();
  const age = now.getTime() - session.createdAt.getTime();
  return idleFor < sessionPolicy.idleTimeoutMs && age < sessionPolicy.absoluteTimeoutMs;
}

export function shouldTouchSession(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= sessionPolicy.touchIntervalMs;
}

/** When the session ends if it stays idle from now on (for the cookie's Expires). */
export function sessionExpiresAt(session: SessionTimes, now: Date): Date {
  const idleEnd = now.getTime() + sessionPolicy.idleTimeoutMs;
  const absoluteEnd = session.createdAt.getTime() + sessionPolicy.absoluteTimeoutMs;
  return new Date(Math.min(idleEnd, absoluteEnd));
}
