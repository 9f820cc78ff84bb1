import { IANAZone } from "luxon";

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;
/** A zone's cache is dropped when it holds more days than this (about 270 years). */
const maxCachedDays = 100_000;
const offsetsByZone = new Map<string, Map<number, number>>();

/**
 * The offset of an IANA zone from UTC, in minutes east of UTC, at an instant (`epochMs`,
 * milliseconds since 1970-01-01T00:00Z); undefined for an unknown zone or a non-finite instant.
 * The rules are luxon's (the platform's IANA database).
 *
 * Why: asking the platform costs a `formatToParts` call (about 10 µs), and a year of a daily plan
 * item asks it thousands of times. The answer is memoised at the start of each UTC day; when the
 * offset is the same at both ends of the day the zone did not change during it and that offset
 * is returned, otherwise the platform is asked for the exact instant. This assumes no zone
 * changes its offset and back within one UTC day (`zone-offset.test.ts` checks it against the
 * platform for many zones and instants).
 */
export function zoneOffsetMinutes(timeZone: string, epochMs: number): number | undefined {
  if (!Number.isFinite(epochMs)) return undefined;
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) return undefined;
  let offsets = offsetsByZone.get(timeZone);
  if (offsets === undefined || offsets.size > maxCachedDays) {
    offsets = new Map();
    offsetsByZone.set(timeZone, offsets);
  }
  const day = Math.floor(epochMs / dayMs);
  const atStart = offsetAtDayStart(zone, offsets, day);
  const atEnd = offsetAtDayStart(zone, offsets, day + 1);
  return atStart === atEnd ? atStart : zone.offset(epochMs);
}

function offsetAtDayStart(zone: IANAZone, offsets: Map<number, number>, day: number): number {
  const known = offsets.get(day);
  if (known !== undefined) return known;
  const offset = zone.offset(day * dayMs);
  offsets.set(day, offset);
  return offset;
}
