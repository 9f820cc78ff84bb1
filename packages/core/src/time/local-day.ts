import { zoneOffsetMinutes } from "./zone-offset.js";

/** Where an instant falls on a person's calendar and clock. */
export type LocalMoment = { localDate: string; localTime: string };

/**
 * The local day ("YYYY-MM-DD") and clock time ("HH:mm") of a UTC instant in an IANA time zone.
 * Computed from the zone's rules for that instant, so it stays right across DST changes and
 * in zones with half-hour or 45-minute offsets. Zone names are passed to luxon as given and
 * never compared with what ICU reports (ICU may answer with an older alias).
 */
export function localMomentOf(instant: string, timeZone: string): LocalMoment {
  const epochMs = Date.parse(instant);
  const offset = zoneOffsetMinutes(timeZone, epochMs);
  if (offset === undefined) {
    throw new RangeError(`Cannot place ${instant} in time zone ${timeZone}.`);
  }
  // The local clock reading, computed as if it were a UTC instant.
  const local = new Date(epochMs + offset * 60_000).toISOString();
  return { localDate: local.slice(0, 10), localTime: local.slice(11, 16) };
}

export function localDayOf(instant: string, timeZone: string): string {
  return localMomentOf(instant, timeZone).localDate;
}
