import { findTherapy } from "../therapies/therapy-catalog.js";
import { timeLimits } from "../time/time-limits.js";
import type { TherapyId } from "../therapies/therapy-ids.js";
import type { FollowUpDueAfter, LogSession, TherapySession } from "./sessions.schema.js";

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const skewMs = timeLimits.clockSkewMinutes * minuteMs;

/** A field error of the session log, as the server returns it (path and a plain message). */
export type SessionFieldProblem = { path: string; message: string };

/** The session's end: its start plus its length. */
export function sessionEnd(startedAt: string, durationMinutes: number): string {
  return new Date(Date.parse(startedAt) + durationMinutes * minuteMs).toISOString();
}

/**
 * A session may not end in the future beyond the clock skew phones have (5 minutes): a session
 * is logged after it happened. Returns the problem on `durationMinutes` when the start is fine
 * but the end is too late, on `startedAt` when the start itself is in the future.
 */
export function checkSessionTimes(
  times: { startedAt: string; durationMinutes: number },
  now: Date,
): SessionFieldProblem | undefined {
  const start = Date.parse(times.startedAt);
  if (start > now.getTime() + skewMs) {
    return { path: "startedAt", message: "That time is in the future. Log a session after it." };
  }
  const end = Date.parse(sessionEnd(times.startedAt, times.durationMinutes));
  if (end > now.getTime() + skewMs) {
    return {
      path: "durationMinutes",
      message: "With this length the session would end in the future. Shorten it or start earlier.",
    };
  }
  return undefined;
}

/**
 * The start a log form suggests, so that logging with its defaults passes `checkSessionTimes`:
 * the planned start when a session of this length would have ended by `now`, otherwise `now`
 * minus the length (a session is logged just after it ends). Whole minutes, rounded down, as a
 * wall clock shows them.
 */
export function suggestedSessionStart(
  input: { plannedStart?: string | null | undefined; durationMinutes: number },
  now: Date,
): string {
  const latest =
    Math.floor((now.getTime() - input.durationMinutes * minuteMs) / minuteMs) * minuteMs;
  const planned = input.plannedStart == null ? Number.NaN : Date.parse(input.plannedStart);
  return new Date(Number.isNaN(planned) || planned > latest ? latest : planned).toISOString();
}

/** How long after the session's end each follow-up is due. */
export const followUpDelayHours: Record<FollowUpDueAfter, number> = { "24h": 24, "48h": 48 };

/** An answer later than this after its due time is still kept, and marked late. */
export const followUpLateAfterHours = 24;

/** Due follow-ups older than this are no longer offered in Today (they can still be answered). */
export const followUpOfferedForDays = 7;

/** When a follow-up is due: 24 or 48 hours after the session's end (instants, no wall clock). */
export function followUpDueAt(sessionEndIso: string, dueAfter: FollowUpDueAfter): string {
  return new Date(Date.parse(sessionEndIso) + followUpDelayHours[dueAfter] * hourMs).toISOString();
}

/** Whether an answer at `answeredAt` is late for a follow-up due at `dueAt`. */
export function isLateAnswer(dueAt: string, answeredAt: string): boolean {
  return Date.parse(answeredAt) - Date.parse(dueAt) > followUpLateAfterHours * hourMs;
}

/** Whether a follow-up may be answered at `now`: from its due time on (a late answer is fine). */
export function isFollowUpOpen(dueAt: string, now: Date): boolean {
  return now.getTime() >= Date.parse(dueAt);
}

/** The library therapy's name, or the custom name. */
export function sessionTitle(session: {
  therapyId: TherapyId | null;
  customName: string | null;
}): string {
  if (session.therapyId !== null) return findTherapy(session.therapyId)?.name ?? session.therapyId;
  return session.customName ?? "";
}

/** The fields a log request sets that a retry must repeat exactly. */
const comparedFields = [
  "startedAt",
  "durationMinutes",
  "therapyId",
  "customName",
  "planItemId",
  "occurrenceStart",
  "practitioner",
  "techniques",
  "pressure",
  "areas",
  "painBefore",
  "painAfter",
  "regionPain",
  "howItFelt",
  "sideEffects",
  "sideEffectNote",
  "safetyCheckId",
] as const satisfies readonly (keyof LogSession & keyof TherapySession)[];

/**
 * Whether a log request that reuses an idempotency key is a retry of the one that made `stored`:
 * every field equal to what was saved (the charge is the costs area's and compared there).
 */
export function isSessionRetryOf(request: LogSession, stored: TherapySession): boolean {
  return comparedFields.every(
    (field) => JSON.stringify(request[field]) === JSON.stringify(stored[field]),
  );
}

/** "5 → 3": pain before and after at a glance, with a dash for a missing score. */
export function painChangeWords(painBefore: number | null, painAfter: number | null): string {
  const show = (score: number | null) => (score === null ? "–" : score.toString());
  return `${show(painBefore)} → ${show(painAfter)}`;
}
