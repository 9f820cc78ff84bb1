import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { RemindersService } from "./reminders.service.js";

/** The reminders area's routes; the feed by its secret is the one anonymous route. */
export function remindersRoutes(
  route: RouteRegistrar,
  reminders: RemindersService,
  hooks: {
    /** After settings change: look ahead for this person's reminders now. */
    settingsChanged: (userId: string) => Promise<void>;
    timeZoneOf: (userId: string) => Promise<string | undefined>;
  },
) {
  route(endpoints.getReminderSettings, ({ owner }) => reminders.settingsPage(owner));
  route(endpoints.saveReminderSettings, async ({ owner, body }) => {
    const page = await reminders.saveSettings(owner, body);
    await hooks.settingsChanged(owner.userId);
    return page;
  });
  route(endpoints.snoozeReminders, ({ owner, body }) => reminders.snooze(owner, body.minutes));
  route(endpoints.stopReminders, ({ owner }) => reminders.stop(owner));
  route(endpoints.getCalendarFeed, ({ owner }) => reminders.feedStatus(owner));
  route(endpoints.createCalendarFeed, ({ owner }) => reminders.createFeed(owner));
  route(endpoints.regenerateCalendarFeed, ({ owner }) => reminders.regenerateFeed(owner));
  route(endpoints.revokeCalendarFeed, ({ owner }) => reminders.revokeFeed(owner));
  route(endpoints.downloadCalendar, async ({ owner }) => {
    const file = await reminders.calendarFile(owner);
    return { body: file.text, fileName: file.fileName, disposition: "attachment" as const };
  });
  route(endpoints.calendarFeed, async ({ params, request }) => ({
    body: await reminders.feed(
      params.token,
      request.headers["user-agent"] ?? null,
      hooks.timeZoneOf,
    ),
    fileName: "plan.ics",
    disposition: "inline" as const,
  }));
  route(endpoints.getPushPublicKey, () => reminders.publicKey());
  route(endpoints.subscribePush, ({ owner, body }) => reminders.subscribe(owner, body));
  route(endpoints.unsubscribePush, ({ owner, params }) =>
    reminders.unsubscribe(owner, params.deviceId),
  );
  route(endpoints.sendTestReminder, ({ owner, body }) => reminders.sendTest(owner, body.channel));
}
