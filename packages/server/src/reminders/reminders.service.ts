import {
  feedHealth,
  sameClockTimeInDays,
  localDayOf,
  reminderMessage,
  type CalendarFeedLink,
  type CalendarFeedStatus,
  type PushDevice,
  type PushSubscriptionRequest,
  type ReminderSettings,
  type ReminderSettingsResponse,
  type SentChannel,
} from "@painplan/core";
import { createHash, randomBytes } from "node:crypto";
import type { RecordOwner } from "../audit/reader.js";
import { isUniqueViolation } from "../database/columns.js";
import { ApiError, fieldError, notFound } from "../errors/api-error.js";
import type { Mailer } from "../mail/mailer.js";
import type { PushSender } from "../push/push-sender.js";
import type { PushSubscriptionsRepository } from "../push/push-subscriptions.repository.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import { planCalendarIcs } from "./calendar-ics.js";
import type { CalendarFeedsRepository } from "./calendar-feeds.repository.js";
import type { PlanCalendarSource } from "./plan-calendar.js";
import type { ReminderSettingsRepository } from "./reminder-settings.repository.js";

/** What the reminders service is built from. */
export type RemindersDependencies = {
  settings: ReminderSettingsRepository;
  feeds: CalendarFeedsRepository;
  devices: PushSubscriptionsRepository;
  /** Made on first use (the VAPID keys are read or created in the database). */
  push: () => Promise<PushSender>;
  mailer: Mailer;
  /** The e-mail address of an account, if it still exists. */
  emailOf: (userId: string) => Promise<string | undefined>;
  /** The active plans (plan-server's tables by default). */
  plans: PlanCalendarSource;
  clock: Clock;
  ids: IdSource;
  /** Where people reach the app, no trailing "/" (feed links). */
  publicUrl: string;
};

/** How often calendar apps are asked to fetch the feed again (REFRESH-INTERVAL), in minutes. */
export const feedRefreshMinutes = 60;

/** SQLite names a clash on a primary key apart from other unique constraints. */
function isPrimaryKeyViolation(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

/** The feed's secret: 32 random bytes, base64url (256 bits; only its SHA-256 is stored). */
function newFeedToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The stored form of a feed secret. */
export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * What a push message carries (JSON, encrypted for the device) and an e-mail says: the words,
 * the page to open, and for push the API paths of the one-tap snooze and stop actions. No
 * health text.
 */
export type ReminderPayload = {
  title: string;
  body: string;
  url: string;
  snoozePath?: string;
  stopPath?: string;
};

/** Push and e-mail reminders, the private feed, devices, snooze and stop: the use cases. */
export type RemindersService = ReturnType<typeof remindersService>;

export function remindersService(deps: RemindersDependencies) {
  const now = () => deps.clock.now();

  async function feedStatus(userId: string): Promise<CalendarFeedStatus> {
    const feed = await deps.feeds.of(userId);
    if (feed === undefined) {
      return {
        active: false,
        createdAt: null,
        lastFetchedAt: null,
        lastUserAgent: null,
        client: null,
        warnings: [],
      };
    }
    const health = feedHealth({ ...feed, now: now() });
    return {
      active: true,
      createdAt: feed.createdAt,
      lastFetchedAt: feed.lastFetchedAt,
      lastUserAgent: feed.lastUserAgent,
      ...health,
    };
  }

  async function devices(userId: string): Promise<PushDevice[]> {
    const stored = await deps.devices.listFor(userId);
    return stored.map((device) => ({
      id: device.id,
      label: device.label,
      createdAt: device.createdAt,
    }));
  }

  async function page(
    userId: string,
    settings?: ReminderSettings,
  ): Promise<ReminderSettingsResponse> {
    return {
      settings: settings ?? (await deps.settings.get(userId)),
      email: { available: deps.mailer.isConfigured },
      push: { devices: await devices(userId) },
      feed: await feedStatus(userId),
    };
  }

  async function feedLink(userId: string, token: string): Promise<CalendarFeedLink> {
    const url = `${deps.publicUrl}/api/calendar-feeds/${token}/plan.ics`;
    return {
      url,
      webcalUrl: url.replace(/^https?:/, "webcal:"),
      feed: await feedStatus(userId),
    };
  }

  async function calendarText(owner: { userId: string; timeZone: string }): Promise<string> {
    const [plan, settings] = await Promise.all([
      deps.plans.planOf(owner.userId),
      deps.settings.get(owner.userId),
    ]);
    return planCalendarIcs({
      plan,
      zone: owner.timeZone,
      alarmLeadMinutes: settings.channels.feed && !settings.stopped ? settings.leadMinutes : null,
      now: now(),
      refreshMinutes: feedRefreshMinutes,
    });
  }

  /**
   * Sends one reminder text to every device of a person and counts what the push services took;
   * a device whose subscription is gone (404/410) is removed, one that fails otherwise is counted
   * as failed (the job retries when no device took it).
   */
  async function pushTo(userId: string, message: ReminderPayload) {
    const sender = await deps.push();
    let delivered = 0;
    let failed = 0;
    for (const device of await deps.devices.listFor(userId)) {
      try {
        const result = await sender.send(device, JSON.stringify(message));
        if (result === "gone") await deps.devices.removeEndpoint(device.endpoint);
        else delivered += 1;
      } catch {
        failed += 1;
      }
    }
    return { delivered, failed };
  }

  /** Sends one reminder e-mail; 0 when mail is off or the account is gone. */
  async function mailTo(userId: string, message: ReminderPayload) {
    if (!deps.mailer.isConfigured) return 0;
    const to = await deps.emailOf(userId);
    if (to === undefined) return 0;
    await deps.mailer.send({
      to,
      subject: message.body,
      text: `${message.body}.\n\nOpen PainPlan: ${message.url}\n\nTo snooze or stop reminders: ${deps.publicUrl}/reminders\n`,
    });
    return 1;
  }

  return {
    settingsPage: (owner: RecordOwner) => page(owner.userId),

    async saveSettings(owner: RecordOwner, input: Omit<ReminderSettings, "snoozedUntil">) {
      const next = await deps.settings.update(
        owner.userId,
        (current) => ({ ...input, snoozedUntil: current.snoozedUntil }),
        now(),
      );
      return page(owner.userId, next);
    },

    /** No reminder sent for `minutes` from now (0 ends a snooze). */
    async snooze(owner: RecordOwner, minutes: number) {
      const snoozedUntil =
        minutes === 0 ? null : new Date(now().getTime() + minutes * 60_000).toISOString();
      const next = await deps.settings.update(
        owner.userId,
        (current) => ({ ...current, snoozedUntil }),
        now(),
      );
      return page(owner.userId, next);
    },

    async stop(owner: RecordOwner) {
      const next = await deps.settings.update(
        owner.userId,
        (current) => ({ ...current, stopped: true }),
        now(),
      );
      return page(owner.userId, next);
    },

    feedStatus: (owner: RecordOwner) => feedStatus(owner.userId),

    async createFeed(owner: RecordOwner): Promise<CalendarFeedLink> {
      const token = newFeedToken();
      try {
        await deps.feeds.create(owner.userId, hashFeedToken(token), now());
      } catch (error) {
        if (!isUniqueViolation(error) && !isPrimaryKeyViolation(error)) throw error;
        throw new ApiError(
          "write_conflict",
          "You already have a calendar link. Make a new one to replace it.",
        );
      }
      return feedLink(owner.userId, token);
    },

    async regenerateFeed(owner: RecordOwner): Promise<CalendarFeedLink> {
      const token = newFeedToken();
      await deps.feeds.replace(owner.userId, hashFeedToken(token), now());
      return feedLink(owner.userId, token);
    },

    async revokeFeed(owner: RecordOwner): Promise<undefined> {
      if (!(await deps.feeds.revoke(owner.userId))) throw notFound("The calendar link");
      return undefined;
    },

    /** The one-off .ics download, named with the owner's local day. */
    async calendarFile(owner: RecordOwner) {
      return {
        text: await calendarText(owner),
        fileName: `painplan-sessions-${localDayOf(now().toISOString(), owner.timeZone)}.ics`,
      };
    },

    /**
     * The feed, by its secret. Wrong, malformed and revoked secrets all get the same 404 (the
     * answer never tells whose a link was). Records the fetch for feed health.
     */
    async feed(
      token: string,
      userAgent: string | null,
      timeZoneOf: (userId: string) => Promise<string | undefined>,
    ) {
      const missing = notFound("This calendar");
      if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw missing;
      const hash = hashFeedToken(token);
      const userId = await deps.feeds.ownerOf(hash);
      if (userId === undefined) throw missing;
      const timeZone = await timeZoneOf(userId);
      if (timeZone === undefined) throw missing;
      const text = await calendarText({ userId, timeZone });
      await deps.feeds.recordFetch(hash, userAgent, now());
      return text;
    },

    async publicKey() {
      return { publicKey: (await deps.push()).publicKey };
    },

    async subscribe(owner: RecordOwner, body: PushSubscriptionRequest & { label: string }) {
      const saved = await deps.devices.save(
        {
          id: deps.ids.newId(),
          userId: owner.userId,
          endpoint: body.endpoint,
          p256dh: body.keys.p256dh,
          auth: body.keys.auth,
          label: body.label,
        },
        now(),
      );
      return { id: saved.id, label: saved.label, createdAt: saved.createdAt };
    },

    async unsubscribe(owner: RecordOwner, deviceId: string): Promise<undefined> {
      if (!(await deps.devices.remove(owner.userId, deviceId))) throw notFound("This device");
      return undefined;
    },

    /** A test reminder now, for a session "tomorrow at this time". */
    async sendTest(owner: RecordOwner, channel: SentChannel) {
      const settings = await deps.settings.get(owner.userId);
      const at = now();
      const message = {
        ...reminderMessage({
          // "A session tomorrow at this time": by the person's clock, across a clock change too.
          occurrenceStart: sameClockTimeInDays(at.toISOString(), owner.timeZone, 1),
          zone: owner.timeZone,
          locale: settings.locale,
          now: at,
        }),
        url: `${deps.publicUrl}/reminders`,
      };
      const test = { ...message, title: "PainPlan test reminder", body: `Test: ${message.body}` };
      if (channel === "email") {
        if (!deps.mailer.isConfigured) {
          throw fieldError("channel", "This server cannot send e-mail (no SMTP_URL is set).");
        }
        return { channel, delivered: await mailTo(owner.userId, test) };
      }
      if ((await deps.devices.listFor(owner.userId)).length === 0) {
        throw fieldError(
          "channel",
          "No device gets notifications yet: turn them on on a device first.",
        );
      }
      return { channel, delivered: (await pushTo(owner.userId, test)).delivered };
    },

    pushTo,
    mailTo,
  };
}
