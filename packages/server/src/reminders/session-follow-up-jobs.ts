import { dueFollowUps, followUpDelayMinutes } from "@painplan/core";
import type { ClaimedJob, NewJob } from "../jobs/job-queue.js";
import type { JobHandler } from "../jobs/job-worker.js";
import { deliverOn } from "./reminder-delivery.js";
import type { ReminderJobsDependencies } from "./reminder-job-dependencies.js";
import { reminderJobKinds } from "./reminder-job-kinds.js";

const minuteMs = 60_000;

/**
 * The durable job of one session follow-up, enqueued in the transaction that logs the session.
 * The dedupe key holds the due time, so a session whose end changed gets a job for the new time
 * (the old one finds the follow-up moved and drops itself).
 */
export function sessionFollowUpJob(input: {
  userId: string;
  sessionId: string;
  dueAfter: string;
  dueAt: string;
}): NewJob {
  return {
    kind: reminderJobKinds.sessionFollowUp,
    runAt: new Date(input.dueAt),
    payload: {
      userId: input.userId,
      sessionId: input.sessionId,
      dueAfter: input.dueAfter,
      dueAt: input.dueAt,
    },
    dedupeKey: [
      reminderJobKinds.sessionFollowUp,
      input.sessionId,
      input.dueAfter,
      input.dueAt,
    ].join("|"),
    userId: input.userId,
  };
}

/** The message of a session follow-up: no therapy, no pain details (lock screens show it). */
export const sessionFollowUpMessage = {
  title: "PainPlan check-in",
  body: "How is your pain today compared with before your session?",
};

/**
 * The handler of session follow-ups: one follow-up, at its due time, sent on every channel the
 * person chose and can be reached on, unless answered meanwhile, the session deleted, follow-ups
 * turned off, stopped or snoozed. Quiet hours move it to their end (a new job then); older than
 * its use, dropped.
 */
export function sessionFollowUpHandler(deps: ReminderJobsDependencies): JobHandler {
  return async (job: ClaimedJob, now: Date) => {
    const p = job.payload;
    const { userId, sessionId, dueAfter, dueAt } = p;
    if (
      typeof userId !== "string" ||
      typeof sessionId !== "string" ||
      typeof dueAfter !== "string" ||
      typeof dueAt !== "string"
    ) {
      return "dropped" as const;
    }
    const pending = await deps.sessionFollowUps.pendingDueAt(userId, sessionId, dueAfter);
    if (pending === undefined || Date.parse(pending) !== Date.parse(dueAt))
      return "dropped" as const;
    const zone = await deps.timeZoneOf(userId);
    if (zone === undefined) return "dropped" as const;
    const [settings, available] = await Promise.all([
      deps.settings.get(userId),
      deps.available(userId),
    ]);
    // The rules of a held occurrence's check-in, a day after an "end" a day before this due time.
    const due = dueFollowUps({
      occurrences: [
        {
          itemId: sessionId,
          key: dueAfter,
          status: "held",
          end: new Date(Date.parse(dueAt) - followUpDelayMinutes * minuteMs).toISOString(),
        },
      ],
      settings,
      zone,
      available,
      now,
    });
    const first = due[0];
    if (first === undefined) return "dropped" as const;
    if (Date.parse(first.sendAt) > now.getTime() + minuteMs) {
      await deps.queue.enqueue(
        [
          {
            ...sessionFollowUpJob({ userId, sessionId, dueAfter, dueAt }),
            runAt: new Date(first.sendAt),
            dedupeKey: `${reminderJobKinds.sessionFollowUp}|${sessionId}|${dueAfter}|${dueAt}|quiet`,
          },
        ],
        now,
      );
      return "done" as const;
    }
    const message = { ...sessionFollowUpMessage, url: `${deps.publicUrl}/` };
    let delivered = 0;
    let failed = 0;
    for (const { channel } of due) {
      const outcome = await deliverOn(deps.reminders, userId, channel, message);
      delivered += outcome.delivered;
      failed += outcome.failed;
    }
    if (delivered === 0 && failed > 0) throw new Error("No device took the check-in.");
    return "done" as const;
  };
}
