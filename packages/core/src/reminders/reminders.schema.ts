import { z } from "zod";
import { userIdParamsSchema } from "../api/path-params.schema.js";
import { personText } from "../text/text.schema.js";
import { reminderSettingsSchema, sentChannels } from "./reminder-settings.schema.js";

/** Where the feed stands and what the person should know about it (see `feedHealth`). */
export const calendarFeedStatusSchema = z.object({
  active: z.boolean().describe("Whether a feed link exists (it was created and not revoked)."),
  createdAt: z.iso.datetime().nullable(),
  lastFetchedAt: z.iso.datetime().nullable().describe("When a calendar last fetched the feed."),
  lastUserAgent: z.string().nullable().describe("The calendar client that last fetched it."),
  client: z.string().nullable().describe("The calendar app, when recognised."),
  warnings: z.array(
    z.object({
      code: z.enum([
        "not-fetched-yet",
        "not-fetched-for-a-day",
        "client-ignores-alarms",
        "client-may-remove-alarms",
      ]),
      message: z.string(),
      suggestion: z.string(),
    }),
  ),
});
/** The feed's state and health. */
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatusSchema>;

/** One device that receives push reminders. */
export const pushDeviceSchema = z.object({
  id: z.uuid(),
  label: z.string(),
  createdAt: z.iso.datetime(),
});
/** One device that receives push reminders. */
export type PushDevice = z.infer<typeof pushDeviceSchema>;

/** The reminder settings page: the settings and what each channel can do on this server. */
export const reminderSettingsResponseSchema = z.object({
  settings: reminderSettingsSchema,
  email: z.object({
    available: z
      .boolean()
      .describe("Whether this server can send e-mail (SMTP_URL is set); off otherwise."),
  }),
  push: z.object({ devices: z.array(pushDeviceSchema) }),
  feed: calendarFeedStatusSchema,
});
/** The reminder settings page; see `reminderSettingsResponseSchema`. */
export type ReminderSettingsResponse = z.infer<typeof reminderSettingsResponseSchema>;

/**
 * A new or regenerated feed link. The secret is in the URL only and stored hashed: this is the
 * one time it is shown.
 */
export const calendarFeedLinkSchema = z.object({
  url: z.url().describe("The private subscription URL (https or http), shown only now."),
  webcalUrl: z.string().describe("The same link with the webcal: scheme, for calendar apps."),
  feed: calendarFeedStatusSchema,
});
/** A new or regenerated feed link. */
export type CalendarFeedLink = z.infer<typeof calendarFeedLinkSchema>;

/** The feed URL's path parameter; anything wrong is answered 404 by the handler. */
export const calendarFeedParamsSchema = z.strictObject({
  token: z.string().max(200).describe("The feed's secret."),
});

/** The server's VAPID public key (base64url), for `PushManager.subscribe`. */
export const pushPublicKeySchema = z.object({ publicKey: z.string() });

/** A push subscription from the browser (`PushSubscription.toJSON()`), plus a device name. */
export const pushSubscriptionRequestSchema = z.strictObject({
  endpoint: z
    .url({ protocol: /^https?$/, error: "The push endpoint is an https URL." })
    .max(2000, "The push endpoint is at most 2000 characters."),
  keys: z.strictObject({
    p256dh: z
      .string()
      .regex(/^[A-Za-z0-9_-]{80,100}={0,2}$/, "The p256dh key is a base64url P-256 point."),
    auth: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,24}={0,2}$/, "The auth secret is 16 bytes in base64url."),
  }),
  label: personText({ maxLength: 80, label: "The device name", isTrimmed: true }).describe(
    "A name for the device, such as 'Phone'.",
  ),
});
/** A push subscription from the browser; see `pushSubscriptionRequestSchema`. */
export type PushSubscriptionRequest = z.input<typeof pushSubscriptionRequestSchema>;

/** The path of one push device. */
export const pushDeviceParamsSchema = userIdParamsSchema.extend({
  deviceId: z.uuid("Not a valid id."),
});

/** Send a test reminder now on one channel. */
export const testReminderRequestSchema = z.strictObject({
  channel: z.enum(sentChannels, { error: "Choose push or email." }),
});
/** Send a test reminder now on one channel. */
export type TestReminderRequest = z.infer<typeof testReminderRequestSchema>;

/** What a test reminder reached: how many devices or addresses took it. */
export const testReminderResultSchema = z.object({
  channel: z.enum(sentChannels),
  delivered: z.int().min(0),
});

/** Snooze every reminder for a number of minutes (0 ends a snooze), at most 14 days. */
export const snoozeRemindersRequestSchema = z.strictObject({
  minutes: z
    .int({ error: "Use a whole number of minutes." })
    .min(0, "Use 0 minutes or more.")
    .max(14 * 24 * 60, "Snooze for at most 14 days."),
});
/** Snooze every reminder; see `snoozeRemindersRequestSchema`. */
export type SnoozeRemindersRequest = z.infer<typeof snoozeRemindersRequestSchema>;
