import type { Cadence, ItemSchedule } from "./schedule.schema.js";

/**
 * The RFC 5545 RRULE body of a cadence alone (no end): FREQ, INTERVAL and, for weekly, BYDAY
 * with WKST=MO (ISO weeks, so "every 2 weeks" counts weeks from Monday). `after-last-held`
 * is every N weeks from its anchor (the last held session, see `expandOccurrences`).
 */
export function cadenceRuleBody(cadence: Cadence): string {
  switch (cadence.kind) {
    case "daily":
      return `FREQ=DAILY;INTERVAL=${cadence.interval}`;
    case "weekly":
      return `FREQ=WEEKLY;INTERVAL=${cadence.interval};BYDAY=${cadence.days.join(",")};WKST=MO`;
    case "monthly":
      return `FREQ=MONTHLY;INTERVAL=${cadence.interval}`;
    case "rrule":
      return cadence.rrule
        .trim()
        .replace(/^RRULE:/i, "")
        .replace(/;$/, "")
        .toUpperCase();
    case "after-last-held":
      return `FREQ=WEEKLY;INTERVAL=${cadence.intervalWeeks}`;
  }
}

/** "2026-03-08" → "20260308". */
export function basicDate(localDate: string): string {
  return localDate.replaceAll("-", "");
}

/** The floating DTSTART ("YYYYMMDDTHHMMSS") of a local day at a local clock time "HH:MM". */
export function basicWallTime(localDate: string, timeOfDay: string): string {
  return `${basicDate(localDate)}T${timeOfDay.replace(":", "")}00`;
}

/** "19970902T090000" → "1997-09-02T09:00" (a `WallTime`). */
export function wallTimeOfBasic(basic: string): string {
  return `${basic.slice(0, 4)}-${basic.slice(4, 6)}-${basic.slice(6, 8)}T${basic.slice(9, 11)}:${basic.slice(11, 13)}`;
}

/**
 * The RRULE body of a schedule with its end: COUNT=n, or UNTIL at 23:59:59 floating local time
 * of the last day (inclusive), so every session on that day is in. `countOverride` replaces
 * the schedule's count (the remaining sessions of an `after-last-held` item).
 */
export function scheduleRuleBody(schedule: ItemSchedule, countOverride?: number): string {
  const body = cadenceRuleBody(schedule.cadence);
  const { end } = schedule;
  if (end.kind === "count") return `${body};COUNT=${countOverride ?? end.count}`;
  if (end.kind === "until") return `${body};UNTIL=${basicDate(end.date)}T235959`;
  return body;
}
