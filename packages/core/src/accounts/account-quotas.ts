import { DateTime } from "luxon";

/**
 * Per-account quotas: how much one account may ask of a shared instance, so that one person
 * (or a script with their session) cannot stall everyone else. Counted in fixed windows, per
 * account; past the limit the server answers `429 quota_exceeded` with `Retry-After`.
 */
export type AccountQuotaLimits = {
  /** Requests a signed-in account may make per clock minute (UTC), whatever the route. */
  requestsPerMinute: number;
  /** Diary entries an account may create per local day (the owner's time zone, midnight to midnight). */
  entriesPerDay: number;
};

/**
 * The defaults (docs/security.md): a person using the app makes a few requests a minute and a
 * few entries a day; 600 requests a minute (10 a second) and 500 entries a day leave room for
 * any honest use, an offline queue replaying, and an import, and stop a runaway script.
 */
export const defaultAccountQuotaLimits: AccountQuotaLimits = {
  requestsPerMinute: 600,
  entriesPerDay: 500,
};

/** One fixed counting window: its label (equal labels, same window) and when it ends. */
export type QuotaWindow = { label: string; endsAt: Date };

/** The UTC clock minute of `now`, e.g. "2026-03-29T00:30". */
export function minuteWindow(now: Date): QuotaWindow {
  const start = Math.floor(now.getTime() / 60_000) * 60_000;
  return { label: new Date(start).toISOString().slice(0, 16), endsAt: new Date(start + 60_000) };
}

/** The local day of `now` in the person's zone, e.g. "2026-03-29", ending at their next midnight. */
export function localDayWindow(now: Date, timeZone: string): QuotaWindow {
  const local = DateTime.fromMillis(now.getTime(), { zone: timeZone });
  const label = local.toISODate();
  if (!local.isValid || label === null) throw new RangeError(`Unknown time zone ${timeZone}.`);
  return { label, endsAt: local.startOf("day").plus({ days: 1 }).toJSDate() };
}

/** Whole seconds until the window ends, at least 1 (the `Retry-After` header). */
export function secondsUntil(window: QuotaWindow, now: Date): number {
  return Math.max(1, Math.ceil((window.endsAt.getTime() - now.getTime()) / 1000));
}
