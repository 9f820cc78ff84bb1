import type { AppModule } from "../app-module.js";
import { planOccurrencesSource } from "../plan/plan-occurrences.js";
import { pushSubscriptionsRepository } from "../push/push-subscriptions.repository.js";
import { webPushSender, type PushSender } from "../push/push-sender.js";
import { loadOrCreateVapidKeys } from "../push/vapid-keys.repository.js";
import { sessionFollowUpSource } from "../sessions/session-follow-up-source.js";
import { calendarFeedsRepository } from "./calendar-feeds.repository.js";
import { planTablesCalendar } from "./plan-calendar.js";
import { reminderJobs } from "./reminder-jobs.js";
import { reminderSettingsRepository } from "./reminder-settings.repository.js";
import { remindersRoutes } from "./reminders.routes.js";
import { remindersService } from "./reminders.service.js";

/**
 * The VAPID subject (RFC 8292 §2.1): the app's https address, or a mailto: at its host for a
 * development server on plain http.
 */
export function vapidSubject(publicUrl: string): string {
  const url = new URL(publicUrl);
  return url.protocol === "https:" ? url.origin : `mailto:no-reply@${url.hostname}`;
}

/**
 * Reminders: settings, the private iCalendar feed, Web Push devices and e-mail, sent from
 * durable jobs (a look-ahead every hour, one send job per session and channel).
 */
export const remindersModule: AppModule = {
  name: "reminders",
  register({ route, deps, accounts, jobs }) {
    const devices = pushSubscriptionsRepository(deps.db);
    const settings = reminderSettingsRepository(deps.db, deps.writes);
    const plans = planTablesCalendar(deps.db);
    let sender: Promise<PushSender> | undefined;
    const push = () => {
      sender ??= loadOrCreateVapidKeys(deps.db, deps.clock.now()).then((keys) =>
        webPushSender({
          keys,
          subject: vapidSubject(deps.publicUrl),
          // A development server (plain http) may push to a local test endpoint; TLS never.
          allowHttpEndpoints: deps.publicUrl.startsWith("http:"),
        }),
      );
      sender.catch(() => {
        sender = undefined;
      });
      return sender;
    };
    const timeZoneOf = async (userId: string) => (await accounts.users.findById(userId))?.time_zone;
    const reminders = remindersService({
      settings,
      feeds: calendarFeedsRepository(deps.db),
      devices,
      push,
      mailer: deps.mailer,
      emailOf: async (userId) => (await accounts.users.findById(userId))?.email,
      plans,
      clock: deps.clock,
      ids: deps.ids,
      publicUrl: deps.publicUrl,
    });
    const scheduled = reminderJobs({
      queue: jobs.queue,
      plans,
      occurrences: planOccurrencesSource(deps.db),
      settings,
      reminders,
      timeZoneOf,
      available: async (userId) => ({
        push: (await devices.listFor(userId)).length > 0,
        email: deps.mailer.isConfigured,
      }),
      publicUrl: deps.publicUrl,
      sessionFollowUps: sessionFollowUpSource(deps.db),
    });
    for (const [kind, handler] of Object.entries(scheduled.handlers)) jobs.handle(kind, handler);
    // The VAPID keys are made at the first start and the first look-ahead is queued.
    jobs.onStart(async (now) => {
      await push();
      await scheduled.start(now);
    });
    remindersRoutes(route, reminders, {
      settingsChanged: (userId) => scheduled.refreshSoon(userId, deps.clock.now()),
      timeZoneOf,
    });
  },
};
