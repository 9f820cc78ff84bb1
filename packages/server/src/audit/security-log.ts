/**
 * Security events, one JSON log line each (docs/security.md, "What is logged"). A line says what
 * happened and who acted, by id: never an email, a name, a password or any health text. It is
 * written with the request's logger, so it also carries the request id (`reqId`).
 */
export const securityEvents = {
  signInFailed: "sign-in-failed",
  signInThrottled: "sign-in-throttled",
  passwordChanged: "password-changed",
  passwordChangeRefused: "password-change-refused",
  otherSessionsEnded: "other-sessions-ended",
  recordAccessRefused: "record-access-refused",
  adminRead: "admin-read",
} as const;
export type SecurityEventName = (typeof securityEvents)[keyof typeof securityEvents];

export type SecurityEvent = {
  event: SecurityEventName;
  /** The signed-in user who acted; null when nobody is signed in (a failed sign-in). */
  actorId: string | null;
  /** Whose records or account the action was about, when that is someone else. */
  subjectUserId?: string;
  /** What was reached: "pain-entry", "user-list"… */
  resourceType?: string;
  /** The client address, for events without an actor. */
  address?: string;
};

/** The part of a pino / Fastify request logger this needs (a test can pass a fake). */
export type SecurityLogger = {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
};

const warnings: ReadonlySet<SecurityEventName> = new Set([
  securityEvents.signInFailed,
  securityEvents.signInThrottled,
  securityEvents.passwordChangeRefused,
  securityEvents.recordAccessRefused,
]);

/** Writes one security event: refusals at `warn`, the rest at `info`. */
export function logSecurityEvent(log: SecurityLogger, entry: SecurityEvent): void {
  const line = { security: entry };
  if (warnings.has(entry.event)) log.warn(line, `security event: ${entry.event}`);
  else log.info(line, `security event: ${entry.event}`);
}
