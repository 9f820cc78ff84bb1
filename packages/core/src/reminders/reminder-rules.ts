import type { Occurrence } from "../plan/schedule.schema.js";
import { instantOfWallTime, wallTimeOf } from "../time/wall-time.js";
import type { QuietHours, ReminderSettings, SentChannel } from "./reminder-settings.schema.js";
import { sentChannels } from "./reminder-settings.schema.js";
import { addCalendarDays } from "../time/calendar-date.js";

/**
 * A reminder that comes late with less than this many minutes before its session is of no use
 * (the person cannot get ready or set out in time), so catch-up after downtime drops it instead
 * of sending it late (`isTooLate`). Ten minutes is this project's choice (no published source sets one); it is also the
 * smallest notice a quiet-hours shift may leave.
 */
export const minimumNoticeMinutes = 10;

const minuteMs = 60_000;

/** What the reminder rules need of an occurrence (plan-core's `Occurrence`). */
export type ReminderOccurrence = Pick<Occurrence, "itemId" | "key" | "start" | "status">;

/** One reminder to send: for an occurrence, on a channel, at `sendAt` (UTC ISO instant). */
export type PlannedReminder = {
  itemId: string;
  /** The occurrence's original local start (its RECURRENCE-ID). */
  occurrenceKey: string;
  /** The occurrence's start (UTC ISO instant). */
  occurrenceStart: string;
  channel: SentChannel;
  sendAt: string;
};

/** Occurrences that still happen get reminders; cancelled, paused and held ones do not. */
export function wantsReminder(occurrence: Pick<Occurrence, "status">): boolean {
  return (
    occurrence.status === "scheduled" ||
    occurrence.status === "moved" ||
    occurrence.status === "added"
  );
}

function localClock(instant: string, zone: string): { date: string; time: string } {
  const wall = wallTimeOf(instant, zone);
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

function instantAt(localDate: string, time: string, zone: string): string {
  const instant = instantOfWallTime(`${localDate}T${time}`, zone);
  if (instant === undefined) throw new RangeError(`Unknown time zone: ${zone}`);
  return instant;
}

/**
 * Whether an instant falls in the quiet hours, read on the local clock of `zone`: from `from`
 * (inclusive) until `until` (exclusive), across midnight when `until` is earlier.
 */
export function isInQuietHours(instant: string, quiet: QuietHours, zone: string): boolean {
  const { time } = localClock(instant, zone);
  if (quiet.from < quiet.until) return time >= quiet.from && time < quiet.until;
  return time >= quiet.from || time < quiet.until;
}

/**
 * The last minute before the quiet hours that begin at `quietStartMs`, read on the local clock.
 * Usually one minute before; on a night the clocks skip the start of the quiet hours (02:01 on a
 * spring-forward night that jumps from 02:00 to 02:30 lands at 02:31), the minute before the
 * jump. Steps back at most three hours (no DST gap is longer).
 */
function lastAwakeMinuteBefore(quietStartMs: number, quiet: QuietHours, zone: string): number {
  let candidate = quietStartMs - minuteMs;
  for (let step = 0; step < 180; step += 1) {
    if (!isInQuietHours(new Date(candidate).toISOString(), quiet, zone)) return candidate;
    candidate -= minuteMs;
  }
  return quietStartMs - minuteMs;
}

/**
 * Moves a send time out of quiet hours. Later first: to the end of the quiet hours, when that
 * still leaves `minimumNoticeMinutes` before the session; otherwise earlier: to one minute
 * before the quiet hours began, or earlier still to leave `minimumNoticeMinutes` before a
 * session at the very start of the quiet hours (a reminder the evening before beats one too
 * late; when the awake time before the quiet hours is shorter than the notice, one minute
 * before they begin). Local clock
 * times are read in `zone`, so a shift keeps to the person's clock across DST. Returns the send
 * time unchanged outside quiet hours.
 */
export function shiftOutOfQuietHours(
  sendAt: string,
  occurrenceStart: string,
  quiet: QuietHours | null,
  zone: string,
): string {
  if (quiet === null || !isInQuietHours(sendAt, quiet, zone)) return sendAt;
  const { date, time } = localClock(sendAt, zone);
  const crossesMidnight = quiet.from > quiet.until;
  const endDate = crossesMidnight && time >= quiet.from ? addCalendarDays(date, 1) : date;
  const end = instantAt(endDate, quiet.until, zone);
  if (Date.parse(end) <= Date.parse(occurrenceStart) - minimumNoticeMinutes * minuteMs) return end;
  const startDate = crossesMidnight && time < quiet.until ? addCalendarDays(date, -1) : date;
  const beforeQuiet = lastAwakeMinuteBefore(
    Date.parse(instantAt(startDate, quiet.from, zone)),
    quiet,
    zone,
  );
  // A session at the very start of the quiet hours still gets its notice, when that time is awake.
  const withNotice = new Date(
    Math.min(beforeQuiet, Date.parse(occurrenceStart) - minimumNoticeMinutes * minuteMs),
  ).toISOString();
  return isInQuietHours(withNotice, quiet, zone) ? new Date(beforeQuiet).toISOString() : withNotice;
}

/**
 * How late a reminder may run and still count as on time (the job loop polls every 15 s; a busy
 * round may take longer): two minutes.
 */
export const onTimeGraceMinutes = 2;

/**
 * Catch-up rule: a reminder that runs more than `onTimeGraceMinutes` after its send time is sent
 * only if the session is still at least `minimumNoticeMinutes` away (or, for a lead time shorter
 * than that, at least the lead time); otherwise it is older than its use and dropped, not sent
 * late. A reminder on time is always sent.
 */
export function isTooLate(
  reminder: Pick<PlannedReminder, "occurrenceStart" | "sendAt">,
  now: Date,
): boolean {
  const start = Date.parse(reminder.occurrenceStart);
  const sendAt = Date.parse(reminder.sendAt);
  if (now.getTime() - sendAt <= onTimeGraceMinutes * minuteMs) return false;
  const required = Math.min(start - sendAt, minimumNoticeMinutes * minuteMs);
  return start - now.getTime() < required;
}

/** Whether the settings hold back a reminder sent at `sendAt`: stopped, or snoozed past it. */
export function isSuppressed(
  settings: Pick<ReminderSettings, "stopped" | "snoozedUntil">,
  sendAt: string,
): boolean {
  if (settings.stopped) return true;
  return settings.snoozedUntil !== null && Date.parse(sendAt) < Date.parse(settings.snoozedUntil);
}

/**
 * Every reminder the settings ask for over these occurrences, one per (occurrence, sent
 * channel): `leadMinutes` before the start, moved out of quiet hours in `zone`. Channels that are
 * off or not `available` (no device, no mail server) get none; occurrences that no longer
 * happen get none. Snooze and stop are not applied here (see `dueReminders`). Sorted by send
 * time, then item, occurrence and channel.
 */
export function plannedReminders(input: {
  occurrences: readonly ReminderOccurrence[];
  settings: ReminderSettings;
  zone: string;
  available: Readonly<Record<SentChannel, boolean>>;
}): PlannedReminder[] {
  const { settings, zone } = input;
  const channels = sentChannels.filter(
    (channel) => settings.channels[channel] && input.available[channel],
  );
  const reminders: PlannedReminder[] = [];
  for (const occurrence of input.occurrences) {
    if (!wantsReminder(occurrence)) continue;
    const byLead = new Date(Date.parse(occurrence.start) - settings.leadMinutes * minuteMs);
    const sendAt = shiftOutOfQuietHours(
      byLead.toISOString(),
      occurrence.start,
      settings.quietHours,
      zone,
    );
    for (const channel of channels) {
      reminders.push({
        itemId: occurrence.itemId,
        occurrenceKey: occurrence.key,
        occurrenceStart: occurrence.start,
        channel,
        sendAt,
      });
    }
  }
  return reminders.sort(
    (a, b) =>
      a.sendAt.localeCompare(b.sendAt) ||
      a.itemId.localeCompare(b.itemId) ||
      a.occurrenceKey.localeCompare(b.occurrenceKey) ||
      a.channel.localeCompare(b.channel),
  );
}

/**
 * The reminders still worth scheduling or sending at `now`: planned ones that are neither
 * suppressed (stopped, snoozed past their send time) nor too late (`isTooLate`).
 */
export function dueReminders(input: Parameters<typeof plannedReminders>[0] & { now: Date }) {
  return plannedReminders(input).filter(
    (reminder) => !isSuppressed(input.settings, reminder.sendAt) && !isTooLate(reminder, input.now),
  );
}

/**
 * The job's dedupe key for a reminder: one per (person, item, occurrence, channel, send time),
 * so a moved session or a new lead time gets a new job and the old one finds itself superseded.
 */
export function reminderDedupeKey(ownerId: string, reminder: PlannedReminder): string {
  return [
    "reminder",
    ownerId,
    reminder.itemId,
    reminder.occurrenceKey,
    reminder.channel,
    reminder.sendAt,
  ].join("|");
}

/**
 * Whether a reminder job should still be sent at `now`: the same reminder (occurrence, channel,
 * send time) is among today's `dueReminders`. Otherwise it was superseded (moved, cancelled,
 * paused, channel off, new lead time), snoozed, stopped or is too late: drop it.
 */
export function isStillWanted(
  reminder: PlannedReminder,
  current: readonly PlannedReminder[],
): boolean {
  return current.some(
    (candidate) =>
      candidate.itemId === reminder.itemId &&
      candidate.occurrenceKey === reminder.occurrenceKey &&
      candidate.channel === reminder.channel &&
      candidate.sendAt === reminder.sendAt &&
      candidate.occurrenceStart === reminder.occurrenceStart,
  );
}

/** A check-in comes this long after a held session ends: "how do you feel a day after?". */
export const followUpDelayMinutes = 24 * 60;
/** A check-in is still of use this long after its time (catch-up drops it later). */
export const followUpUsefulMinutes = 12 * 60;

/** One check-in to send after a held session. */
export type PlannedFollowUp = {
  itemId: string;
  occurrenceKey: string;
  channel: SentChannel;
  /** When to ask: `followUpDelayMinutes` after the session's end (UTC ISO instant). */
  sendAt: string;
};

/**
 * The check-ins the settings ask for: one per held occurrence and sent channel, a day after it
 * ended, moved out of quiet hours (later, to their end) in `zone`; none when follow-ups are off,
 * reminders stopped, snoozed past the send time, or it is more than `followUpUsefulMinutes`
 * past its time at `now`.
 */
export function dueFollowUps(input: {
  occurrences: readonly Pick<Occurrence, "itemId" | "key" | "status" | "end">[];
  settings: ReminderSettings;
  zone: string;
  available: Readonly<Record<SentChannel, boolean>>;
  now: Date;
}): PlannedFollowUp[] {
  const { settings, zone } = input;
  if (!settings.followUps) return [];
  const channels = sentChannels.filter(
    (channel) => settings.channels[channel] && input.available[channel],
  );
  const followUps: PlannedFollowUp[] = [];
  for (const occurrence of input.occurrences) {
    if (occurrence.status !== "held") continue;
    const due = new Date(
      Date.parse(occurrence.end) + followUpDelayMinutes * minuteMs,
    ).toISOString();
    // No session to be early for: quiet hours move a check-in to their end.
    const sendAt = shiftOutOfQuietHours(due, "9999-12-31T00:00:00.000Z", settings.quietHours, zone);
    if (isSuppressed(settings, sendAt)) continue;
    if (input.now.getTime() - Date.parse(sendAt) > followUpUsefulMinutes * minuteMs) continue;
    for (const channel of channels) {
      followUps.push({ itemId: occurrence.itemId, occurrenceKey: occurrence.key, channel, sendAt });
    }
  }
  return followUps.sort(
    (a, b) =>
      a.sendAt.localeCompare(b.sendAt) ||
      a.itemId.localeCompare(b.itemId) ||
      a.channel.localeCompare(b.channel),
  );
}
