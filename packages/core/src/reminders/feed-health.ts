import { elapsedDayMs } from "../time/elapsed-days.js";

/**
 * Feed health: whether a person's calendar app is fetching their iCalendar feed, and whether it
 * is a client known to drop the alarms of subscribed calendars (then the feed shows the
 * sessions but never rings, and another channel is needed).
 */

/** A calendar not fetched for this long is reported as not fetching (one day). */
export const feedStaleAfterMs = elapsedDayMs;

/** What is known about the alarms of one calendar client, found by its User-Agent. */
export type FeedClient = {
  name: string;
  /** Matched against the User-Agent of the feed request (case-insensitive). */
  userAgent: RegExp;
  alarms: "ignored" | "may-be-removed";
  /** Where this is documented. */
  source: string;
};

/**
 * Clients whose alarm handling is documented. Google Calendar fetches subscribed ("From URL")
 * calendars with the User-Agent "Google-Calendar-Importer" and shows no notifications for their
 * events: VALARM is ignored (Google Calendar Help, "Subscribe to someone's calendar": events of
 * other calendars added by URL do not get your notifications; support.google.com/calendar/answer/37100).
 * Apple Calendar on macOS and iOS asks, when subscribing, whether to remove alerts
 * (support.apple.com/guide/calendar/subscribe-to-calendars-icl1022) — the person must keep them.
 */
export const feedClients: readonly FeedClient[] = [
  {
    name: "Google Calendar",
    userAgent: /Google-Calendar-Importer/i,
    alarms: "ignored",
    source: "https://support.google.com/calendar/answer/37100",
  },
  {
    name: "Apple Calendar",
    userAgent: /CalendarAgent|dataaccessd/i,
    alarms: "may-be-removed",
    source: "https://support.apple.com/guide/calendar/subscribe-to-calendars-icl1022/mac",
  },
];

/** One plain warning about the feed, with what to do instead. */
export type FeedWarning = {
  code:
    | "not-fetched-yet"
    | "not-fetched-for-a-day"
    | "client-ignores-alarms"
    | "client-may-remove-alarms";
  message: string;
  suggestion: string;
};

/** The feed as the reminder settings page shows it. */
export type FeedHealth = {
  client: string | null;
  warnings: FeedWarning[];
};

const otherChannel =
  "Turn on notifications on this device or e-mail reminders, so a reminder still reaches you.";

/** The known client behind a User-Agent, if any. */
export function feedClientOf(userAgent: string | null): FeedClient | undefined {
  if (userAgent === null) return undefined;
  return feedClients.find((client) => client.userAgent.test(userAgent));
}

/**
 * Feed health at `now` (instants are ISO strings): not fetched within `feedStaleAfterMs` of its
 * creation or of the last fetch, and known client behaviour with alarms.
 */
export function feedHealth(input: {
  createdAt: string;
  lastFetchedAt: string | null;
  lastUserAgent: string | null;
  now: Date;
}): FeedHealth {
  const warnings: FeedWarning[] = [];
  const since = Date.parse(input.lastFetchedAt ?? input.createdAt);
  const isStale = input.now.getTime() - since >= feedStaleAfterMs;
  if (input.lastFetchedAt === null && isStale) {
    warnings.push({
      code: "not-fetched-yet",
      message: "No calendar has fetched your feed since you created it a day or more ago.",
      suggestion: `Check that you added the link to your calendar app. ${otherChannel}`,
    });
  } else if (input.lastFetchedAt !== null && isStale) {
    warnings.push({
      code: "not-fetched-for-a-day",
      message:
        "Your calendar has not fetched your feed for more than a day, so changes may be missing.",
      suggestion: `Open your calendar app and check the subscription. ${otherChannel}`,
    });
  }
  const client = feedClientOf(input.lastUserAgent);
  if (client?.alarms === "ignored") {
    warnings.push({
      code: "client-ignores-alarms",
      message: `${client.name} shows your sessions but does not ring for calendars added by link.`,
      suggestion: otherChannel,
    });
  } else if (client?.alarms === "may-be-removed") {
    warnings.push({
      code: "client-may-remove-alarms",
      message: `${client.name} can remove alerts from calendars added by link.`,
      suggestion: `In the subscription's settings, keep alerts. ${otherChannel}`,
    });
  }
  return { client: client?.name ?? null, warnings };
}
