import { z } from "zod";
import { localTimeOfDaySchema } from "../plan/schedule.schema.js";

/**
 * The ways a reminder reaches a person: their own calendar app through the iCalendar feed
 * (`feed`, the calendar shows the alarm), a Web Push notification on a device (`push`), or an
 * e-mail (`email`).
 */
export const reminderChannels = ["feed", "push", "email"] as const;
/** One way a reminder reaches a person; see `reminderChannels`. */
export type ReminderChannel = (typeof reminderChannels)[number];
/** The channels the server sends itself (the feed's alarm is raised by the calendar app). */
export const sentChannels = ["push", "email"] as const;
/** A channel the server sends itself. */
export type SentChannel = (typeof sentChannels)[number];

/** How long before a session its reminder comes, in minutes: 0 (at the start) to 7 days. */
export const leadMinutesMax = 7 * 24 * 60;

/**
 * Hours without reminders, in local clock time (the person's zone): from `from` until `until`,
 * across midnight when `until` is earlier ("22:00" to "07:00"). Equal times are refused.
 */
export const quietHoursSchema = z
  .strictObject({
    from: localTimeOfDaySchema.describe("Quiet from this local time (HH:MM)."),
    until: localTimeOfDaySchema.describe("Quiet until this local time (HH:MM), exclusive."),
  })
  .refine((hours) => hours.from !== hours.until, {
    error: "Quiet hours end at a different time than they start.",
    path: ["until"],
  });
/** Hours without reminders; see `quietHoursSchema`. */
export type QuietHours = z.infer<typeof quietHoursSchema>;

/** A BCP 47 language tag the reminder text is written for ("en-GB", "de-DE"). */
export const reminderLocaleSchema = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, "Use a language tag such as en-GB.")
  .refine((tag) => {
    try {
      return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
    } catch {
      return false;
    }
  }, "Use a language tag such as en-GB.")
  .describe("The language of reminder texts, a BCP 47 tag such as en-GB.");

/** What a person can change about their reminders (PUT body). */
export const reminderSettingsInputSchema = z.strictObject({
  channels: z
    .strictObject({ feed: z.boolean(), push: z.boolean(), email: z.boolean() })
    .describe("Each channel on or off."),
  leadMinutes: z
    .int({ error: "Use a whole number of minutes." })
    .min(0, "Use 0 minutes or more.")
    .max(leadMinutesMax, `Use at most ${leadMinutesMax} minutes (7 days).`)
    .describe("How many minutes before a session its reminder comes."),
  quietHours: quietHoursSchema.nullable().describe("Hours without reminders, or null."),
  locale: reminderLocaleSchema,
  stopped: z.boolean().describe("All reminders stopped (the feed still lists the sessions)."),
  followUps: z
    .boolean()
    .default(true)
    .describe("A check-in a day after each session marked held (push and e-mail channels)."),
});
/** What a person can change about their reminders; see `reminderSettingsInputSchema`. */
export type ReminderSettingsInput = z.input<typeof reminderSettingsInputSchema>;

/** The stored settings: the input plus a snooze (an instant until which nothing is sent). */
export const reminderSettingsSchema = reminderSettingsInputSchema.extend({
  snoozedUntil: z.iso.datetime().nullable().describe("No reminder is sent before this instant."),
});
/** The stored reminder settings of one person. */
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

/**
 * The settings of someone who never changed them: every channel on (push and e-mail only reach
 * a person once they add a device or the server has mail), an hour ahead, no quiet hours.
 */
export const defaultReminderSettings: ReminderSettings = {
  channels: { feed: true, push: true, email: true },
  leadMinutes: 60,
  quietHours: null,
  locale: "en-GB",
  stopped: false,
  followUps: true,
  snoozedUntil: null,
};
