import { calendarDaysBetween } from "../time/calendar-date.js";
import { localDayOf } from "../time/local-day.js";

/** A reminder's words: never a therapy, body area or symptom (e-mail and push pass servers). */
export type ReminderMessage = { title: string; body: string };

/**
 * "Session tomorrow at 10:00": the day ("today", "tomorrow", else the weekday and date) and the
 * clock time of `occurrenceStart` in the owner's `zone`, seen from `now`; the clock is written
 * as the owner's `locale` writes it (10:00 or 10:00 AM). No health text: the therapy is not named.
 */
export function reminderMessage(input: {
  occurrenceStart: string;
  zone: string;
  locale: string;
  now: Date;
}): ReminderMessage {
  const { zone, locale } = input;
  const time = new Intl.DateTimeFormat(locale, {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: zone,
  }).format(new Date(input.occurrenceStart));
  const days = calendarDaysBetween(
    localDayOf(input.now.toISOString(), zone),
    localDayOf(input.occurrenceStart, zone),
  );
  // The app speaks English: the words stay English, the clock follows the person's locale.
  const day =
    days === 0
      ? "today"
      : days === 1
        ? "tomorrow"
        : `on ${new Intl.DateTimeFormat(locale.startsWith("en-") ? locale : "en-GB", {
            weekday: "long",
            day: "numeric",
            month: "long",
            timeZone: zone,
          }).format(new Date(input.occurrenceStart))}`;
  return { title: "PainPlan reminder", body: `Session ${day} at ${time}` };
}

/** The check-in a day after a held session; no health text (the therapy is not named). */
export const followUpMessage: ReminderMessage = {
  title: "PainPlan check-in",
  body: "How do you feel a day after your session?",
};
