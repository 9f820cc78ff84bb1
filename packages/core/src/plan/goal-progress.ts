import type { Goal } from "./goal.schema.js";
import { addCalendarDays } from "../time/calendar-date.js";

/** One pain rating from the diary (0–10 NRS, REFERENCE.md §1.1) on the person's local day. */
export type DailyPainInput = { localDate: string; intensity: number };

/**
 * What `goalProgress` reads, as plain arrays the server fills from its tables (any order, any
 * number per day):
 * - `pain`: diary pain ratings (several on one day are averaged into that day's pain);
 * - `peg`: PEG mean scores (0–10, REFERENCE.md §1.2);
 * - `functionChecks`: amounts a person logged for a function goal ("walked 15 minutes");
 * - `practiceMinutes`: minutes practised per local day;
 * - `sessionsHeld`: local days of sessions actually held.
 */
export type GoalInputs = {
  pain?: readonly DailyPainInput[];
  peg?: readonly { localDate: string; score: number }[];
  functionChecks?: readonly { localDate: string; value: number }[];
  practiceMinutes?: readonly { localDate: string; minutes: number }[];
  sessionsHeld?: readonly { localDate: string }[];
};

/** Where a goal stands. */
export type GoalStatus = "not-started" | "on-track" | "achieved" | "missed";

/**
 * IMMPACT's bands of a pain-intensity decrease (REFERENCE.md §2.1, Dworkin 2008: 10–20 %
 * minimal, ≥ 30 % moderate, ≥ 50 % substantial; §2.5 fills 20–30 % as minimal): substantial
 * ≥ 50 %, moderate ≥ 30 %, minimal ≥ 10 %, none 0 to < 10 %, worsening any increase.
 */
export type ImmpactBand = "substantial" | "moderate" | "minimal" | "none" | "worsening";

/**
 * Progress of one goal:
 * - `status`: not-started before `startDate`; achieved when the measure on the evaluation day
 *   (today, or `targetDate` once it has passed) reaches the target; missed after `targetDate`
 *   otherwise; on-track in between (the goal is running and not yet reached);
 * - `percent` and `points` side by side, as IMMPACT recommends (REFERENCE.md §2.1, §2.5): for
 *   pain and PEG the decrease from baseline in % and in raw points (positive = better); for the
 *   other goals the share of the target reached (%) and the amount (minutes, sessions, value);
 * - `band`: the IMMPACT band, pain-reduction goals only;
 * - `baseline` / `current`: the numbers compared (pain and PEG); undefined when there is no
 *   data, and then `percent`, `points` and `band` are undefined too (a baseline of 0 gives no
 *   percentage, REFERENCE.md §2.5).
 */
export type GoalProgress = {
  status: GoalStatus;
  band: ImmpactBand | undefined;
  points: number | undefined;
  percent: number | undefined;
  baseline: number | undefined;
  current: number | undefined;
  /** The local day the measure was taken on: today, or `targetDate` once it has passed. */
  evaluatedOn: string;
};

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * The mean of daily pain over the local days `from`..`to` (inclusive): each day's ratings are
 * averaged first, then the days with a rating. Undefined when no day has a rating.
 */
export function meanDailyPain(
  pain: readonly DailyPainInput[],
  from: string,
  to: string,
): number | undefined {
  const byDay = new Map<string, number[]>();
  for (const { localDate, intensity } of pain) {
    if (localDate < from || localDate > to) continue;
    byDay.set(localDate, [...(byDay.get(localDate) ?? []), intensity]);
  }
  if (byDay.size === 0) return undefined;
  const dailyMeans = [...byDay.values()].map(
    (ratings) => ratings.reduce((sum, each) => sum + each, 0) / ratings.length,
  );
  return dailyMeans.reduce((sum, each) => sum + each, 0) / dailyMeans.length;
}

/** The IMMPACT band of a percent decrease (REFERENCE.md §2.1, §2.5); see `ImmpactBand`. */
export function immpactBand(percentDecrease: number): ImmpactBand {
  if (percentDecrease >= 50) return "substantial";
  if (percentDecrease >= 30) return "moderate";
  if (percentDecrease >= 10) return "minimal";
  if (percentDecrease >= 0) return "none";
  return "worsening";
}

type Measure = Omit<GoalProgress, "status" | "evaluatedOn"> & { reached: boolean };

const nothing: Measure = {
  band: undefined,
  points: undefined,
  percent: undefined,
  baseline: undefined,
  current: undefined,
  reached: false,
};

function decrease(baseline: number | undefined, current: number | undefined) {
  if (baseline === undefined || current === undefined) {
    return { baseline, current, points: undefined, percent: undefined };
  }
  const points = round(baseline - current, 2);
  // REFERENCE.md §2.5: percent change = (baseline − current) / baseline × 100; none when 0.
  const percent = baseline === 0 ? undefined : round(((baseline - current) / baseline) * 100, 1);
  return { baseline: round(baseline, 2), current: round(current, 2), points, percent };
}

function measure(goal: Goal, inputs: GoalInputs, on: string): Measure {
  const lastWeek = addCalendarDays(on, -6);
  switch (goal.kind) {
    case "pain-reduction": {
      const pain = inputs.pain ?? [];
      // Baseline: the 7 local days before the goal starts (issue 11; REFERENCE.md §2.5).
      const baseline = meanDailyPain(
        pain,
        addCalendarDays(goal.startDate, -7),
        addCalendarDays(goal.startDate, -1),
      );
      const from = lastWeek < goal.startDate ? goal.startDate : lastWeek;
      const current = meanDailyPain(pain, from, on);
      const change = decrease(baseline, current);
      return {
        ...change,
        band: change.percent === undefined ? undefined : immpactBand(change.percent),
        reached: change.percent !== undefined && change.percent >= goal.targetPercent,
      };
    }
    case "peg": {
      const peg = [...(inputs.peg ?? [])].sort((a, b) => (a.localDate < b.localDate ? -1 : 1));
      const baseline = peg.filter((each) => each.localDate < goal.startDate).at(-1)?.score;
      const current = peg
        .filter((each) => each.localDate >= goal.startDate && each.localDate <= on)
        .at(-1)?.score;
      const change = decrease(baseline, current);
      return {
        ...change,
        band: undefined,
        reached: current !== undefined && current <= goal.targetScore,
      };
    }
    case "function": {
      const values = (inputs.functionChecks ?? [])
        .filter((each) => each.localDate >= goal.startDate && each.localDate <= on)
        .map((each) => each.value);
      if (values.length === 0) return nothing;
      const best = Math.max(...values);
      return {
        ...nothing,
        points: best,
        percent: round((best / goal.target) * 100, 1),
        reached: best >= goal.target,
      };
    }
    case "practice-minutes": {
      const from = lastWeek < goal.startDate ? goal.startDate : lastWeek;
      const minutes = (inputs.practiceMinutes ?? [])
        .filter((each) => each.localDate >= from && each.localDate <= on)
        .reduce((sum, each) => sum + each.minutes, 0);
      return {
        ...nothing,
        points: minutes,
        percent: round((minutes / goal.minutesPerWeek) * 100, 1),
        reached: minutes >= goal.minutesPerWeek,
      };
    }
    case "sessions-attended": {
      const held = (inputs.sessionsHeld ?? []).filter(
        (each) => each.localDate >= goal.startDate && each.localDate <= on,
      ).length;
      return {
        ...nothing,
        points: held,
        percent: round((held / goal.sessions) * 100, 1),
        reached: held >= goal.sessions,
      };
    }
  }
}

/**
 * Where a goal stands on the local day `today` (see `GoalProgress`). Pain: baseline = mean of
 * daily pain on the 7 local days before `startDate`, current = mean of daily pain on the 7
 * local days ending on the evaluation day (from `startDate` on); achieved at ≥ `targetPercent`
 * decrease; band by IMMPACT (REFERENCE.md §2.1, §2.5). PEG: baseline = the last PEG before the
 * start, current = the last since; achieved at or below `targetScore`. Function: the best
 * logged amount since the start against `target`. Practice: minutes in the 7 local days ending
 * on the evaluation day against `minutesPerWeek`. Sessions: sessions held since the start.
 * Pure: `today` is the caller's local day in the person's zone.
 */
export function goalProgress(goal: Goal, inputs: GoalInputs, today: string): GoalProgress {
  const evaluatedOn = today > goal.targetDate ? goal.targetDate : today;
  if (today < goal.startDate) {
    // Before the start only the baseline is known (it may still be filling in).
    const { baseline } = measure(goal, inputs, goal.startDate);
    return {
      band: undefined,
      points: undefined,
      percent: undefined,
      current: undefined,
      baseline,
      status: "not-started",
      evaluatedOn: today,
    };
  }
  const { reached, band, points, percent, baseline, current } = measure(goal, inputs, evaluatedOn);
  const status: GoalStatus = reached ? "achieved" : today > goal.targetDate ? "missed" : "on-track";
  return { band, points, percent, baseline, current, status, evaluatedOn };
}
