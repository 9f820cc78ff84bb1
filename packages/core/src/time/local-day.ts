import { DateTime } from "luxon";

/** Where an instant falls on a person's calendar and clock. */
export type LocalMoment = { localDate: string; localTime: string };

/**
 * The local day ("YYYY-MM-DD") and clock time ("HH:mm") of a UTC instant in an IANA time zone.
 * Computed from the zone's rules for that instant, so it stays right across DST changes and
 * in zones with half-hour or 45-minute offsets. Zone names are passed to luxon as given and
 * never compared with what ICU reports (ICU may answer with an older alias).
 */
export function localMomentOf(instant: string, timeZone: string): LocalMoment {
  const moment = DateTime.fromMillis(Date.parse(instant), { zone: timeZone });
  const localDate = moment.toISODate();
  if (!moment.isValid || localDate === null) {
    throw new RangeError(`Cannot place ${instant} in time zone ${timeZone}.`);
  }
  return { localDate, localTime: moment.toFormat("HH:mm") };
}

export function localDayOf(instant: string, timeZone: string): string {
  return localMomentOf(instant, timeZone).localDate;
}
