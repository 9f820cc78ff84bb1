import type { Occurrence, PlanPause } from "./schedule.schema.js";
import { addCalendarDays, calendarDaysBetween, isoWeekStart } from "../time/calendar-date.js";

/**
 * What became of one planned occurrence, as adherence counts it:
 * - `done`: held (a session was logged or it was marked held);
 * - `missed`: its end has passed and it was not held, or it was cancelled after it started;
 * - `upcoming`: not yet over and not held (not counted yet: today is not a failure at 08:00);
 * - `cancelled`: cancelled before it started (not a miss, not counted);
 * - `paused`: on a paused local day (not counted, whatever happened).
 * A moved occurrence is judged at its new time: moving ahead of time is never a miss.
 */
export const occurrenceOutcomes = ["done", "missed", "upcoming", "cancelled", "paused"] as const;
export type OccurrenceOutcome = (typeof occurrenceOutcomes)[number];

/**
 * Adherence over a set of occurrences, after Apple CareKit (`OCKAdherence`,
 * `OCKAdherenceAggregator.countOutcomes`, CareKitStore): each event counts 1 when it has an
 * outcome and 0 otherwise, the value is their average, and no events at all is
 * `.noEvents` — not 0 % and not 100 %. Here: `nothing-planned` when no occurrence was due;
 * otherwise whole counts (`done` of `expected`, `missed` = expected − done) so sums stay exact.
 */
export type Adherence =
  | { kind: "nothing-planned"; upcoming: number }
  | { kind: "progress"; done: number; missed: number; expected: number; upcoming: number };

/** One occurrence with what became of it. */
export type JudgedOccurrence = { occurrence: Occurrence; outcome: OccurrenceOutcome };

/** Everything adherence needs: pure data, "now" passed in. */
export type AdherenceInput = {
  /** First and last local day (inclusive) of the period. */
  from: string;
  to: string;
  /** The current instant (ISO). */
  now: string;
  /** The items to report, in order (an item with no occurrence is "nothing planned"). */
  itemIds: readonly string[];
  /** The items' expanded occurrences (`expandOccurrences`), any order. */
  occurrences: readonly Occurrence[];
  /**
   * When each cancellation was decided (ISO instant), by `${itemId} ${key}`; a cancellation
   * without one is taken as decided ahead of time.
   */
  cancelledAt: ReadonlyMap<string, string>;
  pauses: readonly Pick<PlanPause, "from" | "until">[];
};

export const occurrenceRef = (occurrence: Pick<Occurrence, "itemId" | "key">) =>
  `${occurrence.itemId} ${occurrence.key}`;

function isPausedDay(localDate: string, pauses: AdherenceInput["pauses"]): boolean {
  return pauses.some((pause) => pause.from <= localDate && localDate <= pause.until);
}

/** What became of one occurrence at `now` (see `OccurrenceOutcome`). */
export function judgeOccurrence(
  occurrence: Occurrence,
  now: string,
  context: Pick<AdherenceInput, "cancelledAt" | "pauses">,
): OccurrenceOutcome {
  if (occurrence.status === "paused" || isPausedDay(occurrence.localDate, context.pauses)) {
    return "paused";
  }
  if (occurrence.status === "held") return "done";
  const nowMs = Date.parse(now);
  if (occurrence.status === "cancelled") {
    const decidedAt = context.cancelledAt.get(occurrenceRef(occurrence));
    if (decidedAt === undefined || Date.parse(decidedAt) < Date.parse(occurrence.start)) {
      return "cancelled";
    }
  }
  return Date.parse(occurrence.end) <= nowMs ? "missed" : "upcoming";
}

/** Adherence of judged occurrences (see `Adherence`). */
export function adherenceOf(outcomes: readonly OccurrenceOutcome[]): Adherence {
  let done = 0;
  let missed = 0;
  let upcoming = 0;
  for (const outcome of outcomes) {
    if (outcome === "done") done += 1;
    else if (outcome === "missed") missed += 1;
    else if (outcome === "upcoming") upcoming += 1;
  }
  const expected = done + missed;
  return expected === 0
    ? { kind: "nothing-planned", upcoming }
    : { kind: "progress", done, missed, expected, upcoming };
}

/** The share done, in [0, 1]; undefined when nothing was planned (never 0 or 1 by default). */
export function adherenceRatio(adherence: Adherence): number | undefined {
  return adherence.kind === "nothing-planned" ? undefined : adherence.done / adherence.expected;
}

/** Whole percent, rounded down: 100 only when every one was done. */
export function adherencePercent(adherence: Adherence): number | undefined {
  return adherence.kind === "nothing-planned"
    ? undefined
    : Math.floor((adherence.done * 100) / adherence.expected);
}

/** The ISO 8601 week of a local day, "YYYY-Www" (the week belongs to its Thursday's year). */
export function isoWeekOf(localDate: string): string {
  const thursday = addCalendarDays(isoWeekStart(localDate), 3);
  const year = thursday.slice(0, 4);
  const dayOfYear = calendarDaysBetween(`${year}-01-01`, thursday);
  const week = Math.floor(dayOfYear / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export type WeekAdherence = {
  /** The Monday the ISO week starts on (may be before the period's first day). */
  weekStart: string;
  isoWeek: string;
  adherence: Adherence;
};

export type AdherenceSummary = { period: Adherence; weeks: WeekAdherence[] };

export type AdherenceReport = {
  overall: AdherenceSummary;
  items: ({ itemId: string } & AdherenceSummary)[];
  /** Every occurrence of the period with its outcome, by start. */
  judged: JudgedOccurrence[];
};

function summarize(judged: readonly JudgedOccurrence[], weekStarts: readonly string[]) {
  const byWeek = new Map<string, OccurrenceOutcome[]>(weekStarts.map((week) => [week, []]));
  for (const { occurrence, outcome } of judged) {
    byWeek.get(isoWeekStart(occurrence.localDate))?.push(outcome);
  }
  return {
    period: adherenceOf(judged.map((entry) => entry.outcome)),
    weeks: weekStarts.map((weekStart) => ({
      weekStart,
      isoWeek: isoWeekOf(weekStart),
      adherence: adherenceOf(byWeek.get(weekStart) ?? []),
    })),
  };
}

/**
 * Adherence per item and overall, for the whole period and per ISO week (Monday first), in
 * the owner's local days. Only occurrences whose local day is in the period count; each
 * occurrence counts once (two on one day count two); paused days and cancellations made
 * ahead of time are left out; an item or week with nothing due is "nothing planned".
 */
export function adherenceReport(input: AdherenceInput): AdherenceReport {
  const judged = input.occurrences
    .filter((occurrence) => input.from <= occurrence.localDate && occurrence.localDate <= input.to)
    .map((occurrence) => ({ occurrence, outcome: judgeOccurrence(occurrence, input.now, input) }))
    .sort(
      (a, b) =>
        Date.parse(a.occurrence.start) - Date.parse(b.occurrence.start) ||
        (occurrenceRef(a.occurrence) < occurrenceRef(b.occurrence) ? -1 : 1),
    );
  const weekStarts: string[] = [];
  for (let week = isoWeekStart(input.from); week <= input.to; week = addCalendarDays(week, 7)) {
    weekStarts.push(week);
  }
  return {
    overall: summarize(judged, weekStarts),
    items: input.itemIds.map((itemId) => ({
      itemId,
      ...summarize(
        judged.filter((entry) => entry.occurrence.itemId === itemId),
        weekStarts,
      ),
    })),
    judged,
  };
}
