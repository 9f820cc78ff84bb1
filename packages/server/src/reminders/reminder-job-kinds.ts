import { randomUUID } from "node:crypto";
import type { JobQueue, NewJob } from "../jobs/job-queue.js";

/** Job kinds of the reminders area. */
export const reminderJobKinds = {
  /** Every hour: enqueue the coming reminders of everyone with an active plan. */
  lookAhead: "reminders.look-ahead",
  /** Enqueue one person's coming reminders now (after they change their settings). */
  lookAheadOwner: "reminders.look-ahead-owner",
  /** Send one reminder on one channel. */
  send: "reminders.send",
  /** Ask how the person feels a day after a held session, on one channel. */
  followUp: "reminders.follow-up",
  /** Ask about one logged session, 24 h or 48 h after its end (all channels, quiet hours kept). */
  sessionFollowUp: "reminders.session-follow-up",
} as const;

/** How often the look-ahead runs, and how far past the longest lead time it looks. */
export const lookAheadEveryMs = 60 * 60_000;

/** The look-ahead of one hour slot (the dedupe key keeps it single across instances). */
export function lookAheadJob(slot: number, runAt: Date): NewJob {
  return {
    kind: reminderJobKinds.lookAhead,
    runAt,
    payload: {},
    dedupeKey: `${reminderJobKinds.lookAhead}|${slot.toString()}`,
  };
}

/**
 * Asks for one person's reminders to be looked at again now (a `reminders.look-ahead-owner` job
 * due at `now`), after their settings or their plan's sessions changed: a session added for
 * later today then gets its reminder without waiting for the hourly look-ahead. Each request
 * is a job of its own, so a change made just after a look-ahead finished is still looked at.
 */
export async function requestReminderRefresh(queue: JobQueue, userId: string, now: Date) {
  await queue.enqueue(
    [
      {
        kind: reminderJobKinds.lookAheadOwner,
        runAt: now,
        payload: { userId },
        // One job per request: a request right after a finished look-ahead must still run.
        dedupeKey: `${reminderJobKinds.lookAheadOwner}|${userId}|${now.toISOString()}|${randomUUID()}`,
        userId,
      },
    ],
    now,
  );
}
