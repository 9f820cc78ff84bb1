import { basicDate, cadenceRuleBody } from "./schedule-rule.js";
import type { ItemSchedule } from "./schedule.schema.js";
import { instantOfWallTime } from "../time/wall-time.js";

/**
 * The RFC 5545 RRULE value of a schedule (without the "RRULE:" name), for the .ics writer:
 * FREQ, INTERVAL, BYDAY and WKST from the cadence, then COUNT, or UNTIL. With `zone` (the
 * DTSTART's TZID) UNTIL is the UTC instant of the end of the last local day, as §3.3.10
 * requires when DTSTART has a TZID; without it, a floating local date-time.
 * For `after-last-held` the rule is every N weeks from the anchor: the writer uses the next
 * not-held occurrence from `expandOccurrences` as DTSTART and rewrites the event when a session
 * is held (SEQUENCE + 1). Throws RangeError for an unknown zone.
 */
export function scheduleToRRule(schedule: ItemSchedule, zone?: string): string {
  const body = cadenceRuleBody(schedule.cadence);
  const { end } = schedule;
  if (end.kind === "count") return `${body};COUNT=${end.count}`;
  if (end.kind === "never") return body;
  const lastMoment = `${end.date}T23:59`;
  if (zone === undefined) return `${body};UNTIL=${basicDate(end.date)}T235959`;
  const instant = instantOfWallTime(lastMoment, zone, "later");
  if (instant === undefined) throw new RangeError(`Unknown time zone ${zone}.`);
  const utc = new Date(Date.parse(instant) + 59_000).toISOString();
  return `${body};UNTIL=${utc.slice(0, 19).replaceAll("-", "").replaceAll(":", "")}Z`;
}
