import { planLimits } from "./plan-limits.js";
import { ruleInstances } from "./recurrence-rule.js";
import { basicWallTime, scheduleRuleBody, wallTimeOfBasic } from "./schedule-rule.js";
import type {
  AddedOccurrence,
  ItemSchedule,
  Occurrence,
  OccurrenceException,
  OccurrenceStatus,
  PlanPause,
} from "./schedule.schema.js";
import { resolveWallTime, wallTimeOf } from "../time/wall-time.js";
import { addCalendarDays, calendarDaysBetween } from "../time/calendar-date.js";
import { instantPlusDays } from "../time/elapsed-days.js";

/** Everything `expandOccurrences` needs about one plan item. */
export type ExpansionInput = {
  itemId: string;
  schedule: ItemSchedule;
  exceptions: readonly OccurrenceException[];
  added: readonly AddedOccurrence[];
  pauses: readonly PlanPause[];
  /** When the last session was actually held (ISO instant), for `after-last-held`. */
  lastHeldAt?: string | undefined;
};

/** A window of time: occurrences whose start is at or after `from` and before `to` (ISO). */
export type ExpansionWindow = { from: string; to: string };

/**
 * More occurrences than `planLimits.maxOccurrencesPerExpansion` in one expansion (one item,
 * one window), or a rule that walks that many times as far without reaching the window.
 */
export class TooManyOccurrencesError extends Error {
  readonly max = planLimits.maxOccurrencesPerExpansion;

  constructor(readonly itemId: string) {
    super(
      `Item ${itemId} has more than ${planLimits.maxOccurrencesPerExpansion} occurrences in the window; ask for a shorter window.`,
    );
    this.name = "TooManyOccurrencesError";
  }
}

const minuteMs = 60_000;
/** Rule instances walked (in and before the window) before an expansion gives up. */
const walkMax = planLimits.maxOccurrencesPerExpansion * 100;

/** A wall time placed in the zone: UTC start, and the local date and time it shows. */
type Placed = { startMs: number; localDate: string; localTime: string };

/**
 * The instant of a wall time in the zone and the wall time it really shows: a time the clocks
 * skipped moves forward by the gap (02:30 → 03:30 on a spring-forward day) and a time that
 * happens twice takes the earlier (RFC 5545 §3.3.5; `core/time/wall-time.ts`).
 */
function place(wallTime: string, zone: string): Placed {
  const resolution = resolveWallTime(wallTime, zone);
  if (resolution === undefined) throw new RangeError(`Cannot place ${wallTime} in ${zone}.`);
  const instant = resolution.kind === "overlap" ? resolution.earlier : resolution.instant;
  const shown = resolution.kind === "gap" ? resolution.shiftedTo : wallTime;
  return {
    startMs: Date.parse(instant),
    localDate: shown.slice(0, 10),
    localTime: shown.slice(11),
  };
}

function isPaused(localDate: string, pauses: readonly PlanPause[]): boolean {
  return pauses.some((pause) => pause.from <= localDate && localDate <= pause.until);
}

/**
 * The first local day from which the series is walked. Daily and weekly series without COUNT
 * start a whole number of periods later (the same grid), a week before `notBefore`, so a
 * window years after the start does not walk every earlier session.
 */
function fastForwardStart(schedule: ItemSchedule, anchorDate: string, notBefore: string): string {
  const { cadence, end } = schedule;
  if (end.kind === "count") return anchorDate;
  const periodDays =
    cadence.kind === "daily"
      ? cadence.interval
      : cadence.kind === "weekly"
        ? 7 * cadence.interval
        : cadence.kind === "after-last-held"
          ? 7 * cadence.intervalWeeks
          : undefined;
  if (periodDays === undefined) return anchorDate;
  const gapDays = calendarDaysBetween(anchorDate, notBefore) - 8;
  if (gapDays <= 0) return anchorDate;
  return addCalendarDays(anchorDate, Math.floor(gapDays / periodDays) * periodDays);
}

/**
 * The occurrences of one plan item whose start falls in `window` (`from` inclusive, `to`
 * exclusive), sorted by start then key, one per key:
 * - the series is expanded in local wall time (RFC 5545 floating times) from `startDate` at
 *   `timeOfDay` and each session placed in `zone` with `core/time/wall-time.ts`: a 10:00 session
 *   stays at 10:00 local across DST; a time the clocks skip moves forward by the gap; a time
 *   that happens twice is the earlier;
 * - exceptions by original local start: `moved` (status "moved", at `movedTo`), `cancelled`
 *   (kept, status "cancelled"), `held` (status "held");
 * - added occurrences (status "added"; one with the key of a series occurrence is dropped);
 * - sessions on a paused local day (inclusive) keep existing with status "paused" (held and
 *   cancelled ones keep their status);
 * - `after-last-held`: the series restarts N weeks after the local day of the last held session
 *   (`lastHeldAt`, else the latest held exception) at `timeOfDay`; held sessions before that are
 *   returned as held; COUNT counts held sessions too;
 * - COUNT and UNTIL (last local day, inclusive) end the series.
 * Throws `TooManyOccurrencesError` above `planLimits.maxOccurrencesPerExpansion` occurrences in
 * the window, RangeError for an unknown zone or an invalid rule (check with `validateSchedule`).
 */
export function expandOccurrences(
  input: ExpansionInput,
  zone: string,
  window: ExpansionWindow,
): Occurrence[] {
  const { itemId, schedule, exceptions, added, pauses } = input;
  const fromMs = Date.parse(window.from);
  const toMs = Date.parse(window.to);
  if (Number.isNaN(fromMs) || Number.isNaN(toMs)) throw new RangeError("Invalid window.");
  if (toMs <= fromMs) return [];
  const durationMs = schedule.durationMinutes * minuteMs;
  const exceptionByKey = new Map(
    exceptions.map((exception) => [exception.originalStart, exception]),
  );

  // Local days the window touches, with a day of margin for zones far from UTC.
  const fromDate = addCalendarDays(wallTimeOf(window.from, zone).slice(0, 10), -1);
  const toDate = addCalendarDays(wallTimeOf(window.to, zone).slice(0, 10), 1);
  // A moved session can land in the window from far away: walk far enough to meet its key.
  let walkFromDate = fromDate;
  let walkToDate = toDate;
  for (const exception of exceptions) {
    if (exception.kind !== "moved" || exception.movedTo === undefined) continue;
    const movedDate = exception.movedTo.slice(0, 10);
    if (movedDate < fromDate || movedDate > toDate) continue;
    const originalDate = exception.originalStart.slice(0, 10);
    if (originalDate < walkFromDate) walkFromDate = originalDate;
    if (originalDate > walkToDate) walkToDate = originalDate;
  }

  const occurrences: Occurrence[] = [];
  const keys = new Set<string>();
  const push = (
    key: string,
    wallTime: string,
    status: OccurrenceStatus,
    minutes = durationMs / minuteMs,
  ) => {
    const placed = place(wallTime, zone);
    if (placed.startMs < fromMs || placed.startMs >= toMs) return;
    const shownStatus =
      (status === "scheduled" || status === "moved" || status === "added") &&
      isPaused(placed.localDate, pauses)
        ? "paused"
        : status;
    occurrences.push({
      itemId,
      key,
      start: new Date(placed.startMs).toISOString(),
      end: new Date(placed.startMs + minutes * minuteMs).toISOString(),
      localDate: placed.localDate,
      localTime: placed.localTime,
      status: shownStatus,
    });
    if (occurrences.length > planLimits.maxOccurrencesPerExpansion) {
      throw new TooManyOccurrencesError(itemId);
    }
  };

  let anchorDate = schedule.startDate;
  let countOverride: number | undefined;
  if (schedule.cadence.kind === "after-last-held") {
    const held = exceptions.filter((exception) => exception.kind === "held");
    const heldDates = held.map((exception) =>
      exception.heldAt === undefined
        ? exception.originalStart.slice(0, 10)
        : wallTimeOf(exception.heldAt, zone).slice(0, 10),
    );
    if (input.lastHeldAt !== undefined)
      heldDates.push(wallTimeOf(input.lastHeldAt, zone).slice(0, 10));
    const lastHeldDate = heldDates.sort().at(-1);
    if (lastHeldDate !== undefined) {
      anchorDate = addCalendarDays(lastHeldDate, 7 * schedule.cadence.intervalWeeks);
      for (const exception of held) {
        keys.add(exception.originalStart);
        push(exception.originalStart, exception.originalStart, "held");
      }
      if (schedule.end.kind === "count")
        countOverride = Math.max(0, schedule.end.count - held.length);
    }
  }

  if (countOverride !== 0) {
    const dtstart = basicWallTime(
      fastForwardStart(schedule, anchorDate, walkFromDate),
      schedule.timeOfDay,
    );
    let walked = 0;
    for (const instance of ruleInstances(scheduleRuleBody(schedule, countOverride), dtstart)) {
      const key = wallTimeOfBasic(instance);
      if (key.slice(0, 10) > walkToDate) break;
      if ((walked += 1) > walkMax) throw new TooManyOccurrencesError(itemId);
      if (key.slice(0, 10) < walkFromDate || keys.has(key)) continue;
      keys.add(key);
      const exception = exceptionByKey.get(key);
      if (exception === undefined) push(key, key, "scheduled");
      else if (exception.kind === "moved") push(key, exception.movedTo ?? key, "moved");
      else push(key, key, exception.kind);
    }
  }

  for (const extra of added) {
    if (keys.has(extra.start)) continue;
    keys.add(extra.start);
    push(extra.start, extra.start, "added", extra.durationMinutes);
  }

  return occurrences.sort(
    (first, second) =>
      Date.parse(first.start) - Date.parse(second.start) || (first.key < second.key ? -1 : 1),
  );
}

/**
 * The next `count` sessions of a schedule that start at or after `now` (ISO instant) in
 * `zone`, for the builder's preview: cancelled sessions are left out, paused ones kept (with
 * their status). Looks a month ahead, then a year, then ten years; fewer when the schedule ends.
 * `more` adds exceptions, added sessions, pauses or the last held session.
 */
export function nextOccurrences(
  schedule: ItemSchedule,
  zone: string,
  now: string,
  count: number,
  more: Partial<Omit<ExpansionInput, "schedule">> = {},
): Occurrence[] {
  const input: ExpansionInput = {
    itemId: "preview",
    exceptions: [],
    added: [],
    pauses: [],
    ...more,
    schedule,
  };
  let found: Occurrence[] = [];
  for (const days of [31, 366, 3653]) {
    const window = { from: now, to: instantPlusDays(now, days) };
    let expanded: Occurrence[];
    try {
      expanded = expandOccurrences(input, zone, window);
    } catch (error) {
      if (error instanceof TooManyOccurrencesError) break;
      throw error;
    }
    found = expanded.filter((each) => each.status !== "cancelled");
    if (found.length >= count) break;
  }
  return found.slice(0, Math.max(0, count));
}
