import { randomUUID } from "node:crypto";
import {
  dueFollowUps,
  dueReminders,
  followUpDelayMinutes,
  followUpMessage,
  isStillWanted,
  leadMinutesMax,
  reminderDedupeKey,
  reminderMessage,
  sentChannels,
  type PlannedReminder,
  type ReminderOccurrence,
  type SentChannel,
} from "@painplan/core";
import type { ClaimedJob, JobQueue, NewJob } from "../jobs/job-queue.js";
import type { JobHandlers } from "../jobs/job-worker.js";
import type { PlanCalendarSource } from "./plan-calendar.js";
import type { ReminderSettingsRepository } from "./reminder-settings.repository.js";
import type { RemindersService } from "./reminders.service.js";

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
const lookAheadMarginMs = 2 * 24 * 60 * 60_000;
/** Sessions ended this far back may still be owed a check-in (a day, plus quiet hours). */
const followUpLookBackMs = 3 * 24 * 60 * 60_000;
const minuteMs = 60_000;

export type ReminderJobsDependencies = {
  queue: JobQueue;
  /** Who has an active plan (the look-ahead walks them). */
  plans: Pick<PlanCalendarSource, "ownersWithActivePlans">;
  /**
   * A person's occurrences between two instants in their zone: plan-server's
   * `planOccurrencesSource(db)` (exceptions, added sessions and pauses applied).
   */
  occurrences: (
    ownerId: string,
    fromIso: string,
    toIso: string,
  ) => Promise<(ReminderOccurrence & { end: string })[]>;
  settings: ReminderSettingsRepository;
  reminders: RemindersService;
  /** The owner's zone, or undefined when the account is gone. */
  timeZoneOf: (userId: string) => Promise<string | undefined>;
  /** Whether a channel can reach this person now (a device; mail configured and an address). */
  available: (userId: string) => Promise<Record<SentChannel, boolean>>;
  publicUrl: string;
  /**
   * The session log's follow-ups (`sessions/session-follow-ups.ts`): a held occurrence with a
   * logged session is asked about by the session's own follow-ups, so the occurrence's check-in
   * is not sent too (one notification, not two).
   */
  sessionFollowUps: SessionFollowUpSource;
};

/** What the reminders need to know of the session log's follow-ups. */
export type SessionFollowUpSource = {
  /** When an unanswered follow-up of a live session is due; undefined when answered or gone. */
  pendingDueAt(userId: string, sessionId: string, dueAfter: string): Promise<string | undefined>;
  /** "itemId|originalStart" of the planned occurrences with a logged session started in a window. */
  loggedOccurrences(userId: string, fromIso: string, toIso: string): Promise<Set<string>>;
};

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

/** The payload of a send job: ids and times only, never health text. */
function sendPayload(ownerId: string, reminder: PlannedReminder) {
  return {
    userId: ownerId,
    itemId: reminder.itemId,
    occurrenceKey: reminder.occurrenceKey,
    occurrenceStart: reminder.occurrenceStart,
    channel: reminder.channel,
    sendAt: reminder.sendAt,
  };
}

function reminderOf(job: ClaimedJob): { userId: string; reminder: PlannedReminder } | undefined {
  const p = job.payload;
  const channel = sentChannels.find((name) => name === p["channel"]);
  if (
    typeof p["userId"] !== "string" ||
    typeof p["itemId"] !== "string" ||
    typeof p["occurrenceKey"] !== "string" ||
    typeof p["occurrenceStart"] !== "string" ||
    typeof p["sendAt"] !== "string" ||
    channel === undefined
  ) {
    return undefined;
  }
  return {
    userId: p["userId"],
    reminder: {
      itemId: p["itemId"],
      occurrenceKey: p["occurrenceKey"],
      occurrenceStart: p["occurrenceStart"],
      channel,
      sendAt: p["sendAt"],
    },
  };
}

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
    const dayMs = 24 * 60 * minuteMs;
    const [occurrences, settings, available, logged] = await Promise.all([
      deps.occurrences(userId, window.from, window.to),
      deps.settings.get(userId),
      deps.available(userId),
      deps.sessionFollowUps.loggedOccurrences(
        userId,
        new Date(Date.parse(window.from) - dayMs).toISOString(),
        new Date(Date.parse(window.to) + dayMs).toISOString(),
      ),
    ]);
    const unlogged = occurrences.filter(
      (occurrence) => !logged.has(`${occurrence.itemId}|${occurrence.key}`),
    );
    return dueFollowUps({ occurrences: unlogged, settings, zone, available, now });
  }

  /**
   * One session follow-up, at its due time: sent on every channel the person chose and can be
   * reached on, unless answered meanwhile, the session deleted, follow-ups turned off, stopped or
   * snoozed. Quiet hours move it to their end (a new job then); older than its use, dropped.
   */
  async function sessionFollowUp(job: ClaimedJob, now: Date) {
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
      const outcome =
        channel === "push"
          ? await deps.reminders.pushTo(userId, message)
          : { delivered: await deps.reminders.mailTo(userId, message), failed: 0 };
      delivered += outcome.delivered;
      failed += outcome.failed;
    }
    if (delivered === 0 && failed > 0) throw new Error("No device took the check-in.");
    return "done" as const;
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
    const outcome =
      stillDue.channel === "push"
        ? await deps.reminders.pushTo(userId, message)
        : { delivered: await deps.reminders.mailTo(userId, message), failed: 0 };
    if (outcome.delivered === 0 && outcome.failed > 0)
      throw new Error("No device took the check-in.");
    return "done" as const;
  }

  /** The next look-ahead, one per hour slot (the dedupe key keeps it single across instances). */
  function nextLookAhead(after: Date): NewJob {
    const slot = Math.floor(after.getTime() / lookAheadEveryMs) + 1;
    return {
      kind: reminderJobKinds.lookAhead,
      runAt: new Date(slot * lookAheadEveryMs),
      payload: {},
      dedupeKey: `${reminderJobKinds.lookAhead}|${slot.toString()}`,
    };
  }

  async function send(job: ClaimedJob, now: Date) {
    const parsed = reminderOf(job);
    if (parsed === undefined) return "dropped" as const;
    const { userId, reminder } = parsed;
    const start = Date.parse(reminder.occurrenceStart);
    const current = await dueFor(userId, now, {
      from: new Date(start - 24 * 60 * minuteMs).toISOString(),
      to: new Date(start + 24 * 60 * minuteMs).toISOString(),
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
    const outcome =
      reminder.channel === "push"
        ? await deps.reminders.pushTo(userId, message)
        : { delivered: await deps.reminders.mailTo(userId, message), failed: 0 };
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
    [reminderJobKinds.sessionFollowUp]: sessionFollowUp,
  };

  return {
    handlers,
    scheduleFor,
    /** At start: make sure a look-ahead is queued (runs now, then every hour). */
    async start(now: Date) {
      const slot = Math.floor(now.getTime() / lookAheadEveryMs);
      await deps.queue.enqueue(
        [
          {
            kind: reminderJobKinds.lookAhead,
            runAt: now,
            payload: {},
            dedupeKey: `${reminderJobKinds.lookAhead}|${slot.toString()}`,
          },
        ],
        now,
      );
    },
    /** After a person changes their settings: look ahead for them now. */
    refreshSoon(userId: string, now: Date) {
      return requestReminderRefresh(deps.queue, userId, now);
    },
  };
}

/** The reminders' scheduled work; see `reminderJobs`. */
export type ReminderJobs = ReturnType<typeof reminderJobs>;

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
