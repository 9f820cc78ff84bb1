import {
  dueFollowUps,
  dueReminders,
  elapsedDayMs,
  followUpMessage,
  instantPlusDays,
  isStillWanted,
  leadMinutesMax,
  reminderDedupeKey,
  reminderMessage,
} from "@painplan/core";
import type { ClaimedJob, NewJob } from "../jobs/job-queue.js";
import type { JobHandlers } from "../jobs/job-worker.js";
import { deliverOn } from "./reminder-delivery.js";
import type { ReminderJobsDependencies } from "./reminder-job-dependencies.js";
import {
  lookAheadEveryMs,
  lookAheadJob,
  reminderJobKinds,
  requestReminderRefresh,
} from "./reminder-job-kinds.js";
import { reminderOf, sendPayload } from "./reminder-send-payload.js";
import { sessionFollowUpHandler } from "./session-follow-up-jobs.js";

/** How far past the longest lead time the look-ahead looks. */
const lookAheadMarginMs = 2 * elapsedDayMs;
/** Sessions ended this far back may still be owed a check-in (a day, plus quiet hours). */
const followUpLookBackMs = 3 * elapsedDayMs;
const minuteMs = 60_000;

/**
 * The reminders' scheduled work: the look-ahead enqueues one send job per (occurrence, channel)
 * with a dedupe key (so repeated look-aheads add nothing), and the send job checks again at
 * send time — pauses, cancellations, moves, a new lead time, snooze and stop all make it drop
 * the job, as does catch-up after downtime when the session is too close (`isTooLate`).
 */
export function reminderJobs(deps: ReminderJobsDependencies) {
  /** The reminders of one person worth sending from `now` until past the longest lead time. */
  async function dueFor(userId: string, now: Date, window?: { from: string; to: string }) {
    const zone = await deps.timeZoneOf(userId);
    if (zone === undefined) return [];
    const span = window ?? {
      from: now.toISOString(),
      to: new Date(now.getTime() + leadMinutesMax * minuteMs + lookAheadMarginMs).toISOString(),
    };
    const [occurrences, settings, available] = await Promise.all([
      deps.occurrences(userId, span.from, span.to),
      deps.settings.get(userId),
      deps.available(userId),
    ]);
    return dueReminders({ occurrences, settings, zone, available, now });
  }

  /** Enqueues a person's coming reminders; returns how many jobs were new. */
  async function scheduleFor(userId: string, now: Date): Promise<number> {
    const due = await dueFor(userId, now);
    const jobs: NewJob[] = due.map((reminder) => ({
      kind: reminderJobKinds.send,
      runAt: new Date(reminder.sendAt),
      payload: sendPayload(userId, reminder),
      dedupeKey: reminderDedupeKey(userId, reminder),
      userId,
    }));
    const followUps = await followUpsFor(userId, now, {
      from: new Date(now.getTime() - followUpLookBackMs).toISOString(),
      to: now.toISOString(),
    });
    for (const followUp of followUps) {
      jobs.push({
        kind: reminderJobKinds.followUp,
        runAt: new Date(followUp.sendAt),
        payload: { userId, ...followUp },
        dedupeKey: [
          "follow-up",
          userId,
          followUp.itemId,
          followUp.occurrenceKey,
          followUp.channel,
        ].join("|"),
        userId,
      });
    }
    return deps.queue.enqueue(jobs, now);
  }

  /**
   * Check-ins due for sessions held (ended) in `window`; occurrences with a logged session are
   * left to the session's own follow-ups (looked up a day around the window: a session may be
   * logged with a start other than the planned one).
   */
  async function followUpsFor(userId: string, now: Date, window: { from: string; to: string }) {
    const zone = await deps.timeZoneOf(userId);
    if (zone === undefined) return [];
    const [occurrences, settings, available, logged] = await Promise.all([
      deps.occurrences(userId, window.from, window.to),
      deps.settings.get(userId),
      deps.available(userId),
      deps.sessionFollowUps.loggedOccurrences(
        userId,
        instantPlusDays(window.from, -1),
        instantPlusDays(window.to, 1),
      ),
    ]);
    const unlogged = occurrences.filter(
      (occurrence) => !logged.has(`${occurrence.itemId}|${occurrence.key}`),
    );
    return dueFollowUps({ occurrences: unlogged, settings, zone, available, now });
  }

  async function followUp(job: ClaimedJob, now: Date) {
    const p = job.payload;
    const userId = p["userId"];
    const sendAt = p["sendAt"];
    if (typeof userId !== "string" || typeof sendAt !== "string") return "dropped" as const;
    const due = await followUpsFor(userId, now, {
      from: new Date(Date.parse(sendAt) - followUpLookBackMs).toISOString(),
      to: sendAt,
    });
    const stillDue = due.find(
      (candidate) =>
        candidate.itemId === p["itemId"] &&
        candidate.occurrenceKey === p["occurrenceKey"] &&
        candidate.channel === p["channel"] &&
        candidate.sendAt === sendAt,
    );
    if (stillDue === undefined) return "dropped" as const;
    const message = { ...followUpMessage, url: `${deps.publicUrl}/diary` };
    const outcome = await deliverOn(deps.reminders, userId, stillDue.channel, message);
    if (outcome.delivered === 0 && outcome.failed > 0)
      throw new Error("No device took the check-in.");
    return "done" as const;
  }

  /** The next look-ahead, one per hour slot (the dedupe key keeps it single across instances). */
  function nextLookAhead(after: Date): NewJob {
    const slot = Math.floor(after.getTime() / lookAheadEveryMs) + 1;
    return lookAheadJob(slot, new Date(slot * lookAheadEveryMs));
  }

  async function send(job: ClaimedJob, now: Date) {
    const parsed = reminderOf(job);
    if (parsed === undefined) return "dropped" as const;
    const { userId, reminder } = parsed;
    const current = await dueFor(userId, now, {
      from: instantPlusDays(reminder.occurrenceStart, -1),
      to: instantPlusDays(reminder.occurrenceStart, 1),
    });
    if (!isStillWanted(reminder, current)) return "dropped" as const;
    const zone = (await deps.timeZoneOf(userId)) ?? "UTC";
    const settings = await deps.settings.get(userId);
    const message = {
      ...reminderMessage({
        occurrenceStart: reminder.occurrenceStart,
        zone,
        locale: settings.locale,
        now,
      }),
      url: `${deps.publicUrl}/plan`,
      // For the service worker's one-tap actions (POST with the person's session).
      snoozePath: `/api/users/${userId}/reminders/snooze`,
      stopPath: `/api/users/${userId}/reminders/stop`,
    };
    const outcome = await deliverOn(deps.reminders, userId, reminder.channel, message);
    if (outcome.delivered === 0 && outcome.failed > 0) {
      throw new Error("No device took the reminder.");
    }
    return "done" as const;
  }

  const handlers: JobHandlers = {
    [reminderJobKinds.lookAhead]: async (_job, now) => {
      for (const userId of await deps.plans.ownersWithActivePlans()) await scheduleFor(userId, now);
      await deps.queue.enqueue([nextLookAhead(now)], now);
      // A finished send is kept while its dedupe key matters: until its session has begun,
      // at most the longest lead time after it ran.
      await deps.queue.purgeDone(
        new Date(now.getTime() - leadMinutesMax * minuteMs - lookAheadMarginMs),
      );
      return "done";
    },
    [reminderJobKinds.lookAheadOwner]: async (job, now) => {
      const userId = job.payload["userId"];
      if (typeof userId !== "string") return "dropped";
      await scheduleFor(userId, now);
      return "done";
    },
    [reminderJobKinds.send]: send,
    [reminderJobKinds.followUp]: followUp,
    [reminderJobKinds.sessionFollowUp]: sessionFollowUpHandler(deps),
  };

  return {
    handlers,
    scheduleFor,
    /** At start: make sure a look-ahead is queued (runs now, then every hour). */
    async start(now: Date) {
      const slot = Math.floor(now.getTime() / lookAheadEveryMs);
      await deps.queue.enqueue([lookAheadJob(slot, now)], now);
    },
    /** After a person changes their settings: look ahead for them now. */
    refreshSoon(userId: string, now: Date) {
      return requestReminderRefresh(deps.queue, userId, now);
    },
  };
}

/** The reminders' scheduled work; see `reminderJobs`. */
export type ReminderJobs = ReturnType<typeof reminderJobs>;
