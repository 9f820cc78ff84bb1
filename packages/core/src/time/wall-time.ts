import { localMomentOf } from "./local-day.js";
import { addCalendarDays } from "./calendar-date.js";
import { zoneOffsetMinutes } from "./zone-offset.js";

/**
 * A reading of the clock on the wall, without a zone: "YYYY-MM-DDTHH:mm" (the value of an HTML
 * `<input type="datetime-local">`).
 */
export type WallTime = string;

/** Which of the two instants to take when a wall time happens twice (clocks went back). */
export type Disambiguation = "earlier" | "later";

/**
 * What a wall time means in a zone (the terms of java.time and RFC 5545 §3.3.5):
 * - `unique`: it happens once, at `instant`;
 * - `gap`: the clocks skipped it (spring forward). `instant` is the time moved forward by the
 *   length of the gap, as RFC 5545 reads a skipped local time (with the offset before the
 *   change): 02:30 on 8 March 2026 in New York is 03:30 EDT, the same day. `shiftedTo` is the
 *   wall time the clocks showed then and `gapMinutes` how long the gap was;
 * - `overlap`: it happens twice (fall back): `earlier` is the first time, before the clocks went
 *   back, `later` the second. The person says which they mean.
 * Instants are UTC ISO 8601 strings with milliseconds.
 */
export type WallTimeResolution =
  | { kind: "unique"; instant: string }
  | { kind: "gap"; instant: string; shiftedTo: WallTime; gapMinutes: number }
  | { kind: "overlap"; earlier: string; later: string };

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;

/** The wall time read as if it were UTC, in milliseconds; undefined if it is no real time. */
function wallTimeAsUtc(wallTime: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(wallTime)) return undefined;
  const asUtc = Date.parse(`${wallTime}:00Z`);
  // The round trip refuses 30 February, 24:00 and years before 1000.
  if (Number.isNaN(asUtc) || new Date(asUtc).toISOString().slice(0, 16) !== wallTime) {
    return undefined;
  }
  return asUtc;
}

/**
 * The wall time ("YYYY-MM-DDTHH:mm") an instant shows in an IANA zone. Throws RangeError for an
 * unknown zone or an instant that is not a date.
 */
export function wallTimeOf(instant: string, timeZone: string): WallTime {
  const { localDate, localTime } = localMomentOf(instant, timeZone);
  return `${localDate}T${localTime}`;
}

/**
 * What a wall time means in an IANA zone: once, skipped (gap) or twice (overlap); see
 * `WallTimeResolution`. Undefined when the text is not a real wall time ("2026-02-30T10:00",
 * "24:00", empty) or the zone is unknown.
 *
 * The offsets come from luxon's zone rules (the platform's IANA database), memoised by
 * `zoneOffsetMinutes`. The candidates are
 * found as Temporal does (`GetPossibleInstantsFor`): try the offsets in force a day before and
 * a day after, keep those that read back to the same wall time. luxon's own `fromObject` is not
 * used for this: it starts from the offset in force *today*, so near some changes its answer
 * depends on the date the code runs.
 */
export function resolveWallTime(
  wallTime: string,
  timeZone: string,
): WallTimeResolution | undefined {
  const asUtc = wallTimeAsUtc(wallTime);
  if (asUtc === undefined) return undefined;
  const offsetBefore = zoneOffsetMinutes(timeZone, asUtc - dayMs);
  const offsetAfter = zoneOffsetMinutes(timeZone, asUtc + dayMs);
  if (offsetBefore === undefined || offsetAfter === undefined) return undefined;
  const instants = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => asUtc - offset * minuteMs)
    .filter(
      (instant) =>
        (zoneOffsetMinutes(timeZone, instant) ?? Number.NaN) * minuteMs === asUtc - instant,
    )
    .sort((first, second) => first - second);
  const [earlier, later] = instants;
  if (earlier !== undefined && later !== undefined) {
    return { kind: "overlap", earlier: isoOf(earlier), later: isoOf(later) };
  }
  if (earlier !== undefined) return { kind: "unique", instant: isoOf(earlier) };
  // Skipped: read with the offset before the change, which lands the gap's length later.
  const instant = asUtc - offsetBefore * minuteMs;
  return {
    kind: "gap",
    instant: isoOf(instant),
    shiftedTo: wallTimeOf(isoOf(instant), timeZone),
    gapMinutes: offsetAfter - offsetBefore,
  };
}

function isoOf(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/**
 * The one answer to "what instant is this wall time in this zone": the UTC instant, moved
 * forward by the gap when the clocks skipped it, and the `disambiguation` one of the two when it
 * happened twice (default `earlier`, as RFC 5545 reads it). Undefined for text that is not a wall
 * time or an unknown zone.
 */
export function instantOfWallTime(
  wallTime: string,
  timeZone: string,
  disambiguation: Disambiguation = "earlier",
): string | undefined {
  const resolution = resolveWallTime(wallTime, timeZone);
  if (resolution === undefined) return undefined;
  if (resolution.kind === "overlap") return resolution[disambiguation];
  return resolution.instant;
}

/**
 * Which of the two readings of a repeated wall time an instant is (`earlier` before the clocks
 * went back, `later` after); undefined when its wall time happens only once.
 */
export function occurrenceOf(instant: string, timeZone: string): Disambiguation | undefined {
  const resolution = resolveWallTime(wallTimeOf(instant, timeZone), timeZone);
  if (resolution?.kind !== "overlap") return undefined;
  return Date.parse(instant) >= Date.parse(resolution.later) ? "later" : "earlier";
}

/**
 * The same clock time a number of calendar days later (or earlier, with negative `days`) in an
 * IANA zone: "tomorrow at this time". Not `days` × 24 hours: across a clock change that would
 * land an hour off (New York, 7 March 2026 10:00 EST + 1 day is 8 March 10:00 EDT, 23 hours
 * later). A clock time the clocks skip on that day moves forward by the gap, and one they repeat
 * is the earlier, as `instantOfWallTime` decides. Throws RangeError for an unknown zone or an
 * instant that is not a date.
 */
export function sameClockTimeInDays(instant: string, timeZone: string, days: number): string {
  const [localDate = "", localTime = ""] = wallTimeOf(instant, timeZone).split("T");
  const shifted = instantOfWallTime(`${addCalendarDays(localDate, days)}T${localTime}`, timeZone);
  if (shifted === undefined) throw new RangeError(`No such time in ${timeZone}`);
  return shifted;
}
