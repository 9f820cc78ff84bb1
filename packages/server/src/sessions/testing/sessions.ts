import { randomUUID } from "node:crypto";
import type { LogSessionRequest, TherapySession } from "@painplan/core";
import type { SignedInClient } from "../../testing/accounts.js";
import { testStart, type TestApp } from "../../testing/test-app.js";

const hourMs = 3_600_000;

/**
 * A Swedish massage of 60 minutes, pain 6 → 3, that ended `endedHoursAgo` hours before the test
 * clock's start (default 25: its 24 h follow-up is due). A fresh idempotency key each call.
 */
export function aSessionLog(
  change: Partial<LogSessionRequest> = {},
  endedHoursAgo = 25,
): LogSessionRequest {
  const startedAt = new Date(testStart.getTime() - (endedHoursAgo + 1) * hourMs).toISOString();
  return {
    idempotencyKey: randomUUID(),
    startedAt,
    durationMinutes: 60,
    therapyId: "swedish-massage",
    practitioner: "Ann Lee",
    techniques: ["effleurage"],
    pressure: "light",
    areas: ["left-sole"],
    painBefore: 6,
    painAfter: 3,
    ...change,
  };
}

export function sessionsUrl(person: SignedInClient, rest = ""): string {
  return `/api/users/${person.user.id}/sessions${rest}`;
}

/** Logs a session for `person` through the API; throws unless it was saved. */
export async function logSession(
  person: SignedInClient,
  body: LogSessionRequest = aSessionLog(),
): Promise<TherapySession> {
  const response = await person.client.post(sessionsUrl(person), body);
  if (response.statusCode !== 201) throw new Error(`log session failed: ${response.body}`);
  return response.json<TherapySession>();
}

/** How many sessions and follow-ups a person has: a refused write must leave these unchanged. */
export async function sessionRowCounts(testApp: TestApp, userId: string) {
  const sessions = await testApp.database.db
    .selectFrom("therapy_sessions")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  const followUps = await testApp.database.db
    .selectFrom("session_follow_ups")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  return { sessions: Number(sessions.n), followUps: Number(followUps.n) };
}
