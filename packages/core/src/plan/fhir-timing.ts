import { parseRulePartsStrict } from "./recurrence-rule.js";
import { weekdays, type Cadence, type ItemSchedule, type Weekday } from "./schedule.schema.js";

/** FHIR R4 `Timing.repeat.dayOfWeek` codes (http://hl7.org/fhir/days-of-week). */
export type FhirDayOfWeek = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

/** FHIR R4 `Timing.repeat.periodUnit` / `durationUnit` (UCUM units of time). */
export type FhirUnitsOfTime = "s" | "min" | "h" | "d" | "wk" | "mo" | "a";

/**
 * The part of a FHIR R4 `Timing` (http://hl7.org/fhir/R4/datatypes.html#Timing) a plan item
 * uses: `repeat` with bounds, count, duration, frequency, period, dayOfWeek and timeOfDay, and
 * `code.text` for what the structured elements cannot say.
 */
export type FhirTiming = {
  repeat?: {
    boundsPeriod?: { start?: string; end?: string };
    count?: number;
    duration?: number;
    durationUnit?: FhirUnitsOfTime;
    frequency?: number;
    period?: number;
    periodUnit?: FhirUnitsOfTime;
    dayOfWeek?: FhirDayOfWeek[];
    timeOfDay?: string[];
  };
  code?: { text?: string };
};

/**
 * How a schedule maps to FHIR (REFERENCE.md §5.8, CarePlan.activity.detail.scheduledTiming):
 * - `exact`: the Timing says the same schedule (daily, weekly, monthly, and custom rules that
 *   are one of those: FREQ=DAILY|WEEKLY|MONTHLY with INTERVAL and, for WEEKLY, BYDAY days);
 * - `approximate`: `after-last-held` (Timing has no "N weeks after the last session held", so it
 *   becomes every N weeks from the start, with the rule in `code.text` and `note`);
 * - `unmappable`: other custom RRULEs (BYMONTHDAY, ordinal BYDAY such as 1MO, YEARLY, BYMONTH):
 *   `timing` holds bounds, count, duration and time of day with the rule in `code.text`
 *   ("RRULE:…"), and `reason` says what could not be mapped.
 */
export type FhirTimingMapping =
  | { kind: "exact"; timing: FhirTiming }
  | { kind: "approximate"; timing: FhirTiming; note: string }
  | { kind: "unmappable"; timing: FhirTiming; reason: string };

const fhirDays: Record<Weekday, FhirDayOfWeek> = {
  MO: "mon",
  TU: "tue",
  WE: "wed",
  TH: "thu",
  FR: "fri",
  SA: "sat",
  SU: "sun",
};

/** A custom RRULE that is one of the built-in cadences, or undefined. */
export function builtInCadenceOf(rrule: string): Cadence | undefined {
  const parsed = parseRulePartsStrict(rrule);
  if ("problem" in parsed) return undefined;
  const { parts } = parsed;
  const interval = Number(parts.get("INTERVAL") ?? "1");
  const names = [...parts.keys()].filter((name) => name !== "FREQ" && name !== "INTERVAL");
  const frequency = parts.get("FREQ");
  if (frequency === "DAILY" && names.length === 0) return { kind: "daily", interval };
  if (frequency === "MONTHLY" && names.length === 0) return { kind: "monthly", interval };
  if (frequency !== "WEEKLY") return undefined;
  if (names.some((name) => name !== "BYDAY" && name !== "WKST")) return undefined;
  const byDay = parts.get("BYDAY");
  // Without WKST=MO an INTERVAL above 1 counts weeks from another day; without BYDAY the
  // day is DTSTART's, which the cadence does not hold.
  if (byDay === undefined || /\d/.test(byDay)) return undefined;
  if (interval > 1 && parts.get("WKST") !== "MO") return undefined;
  const days = weekdays.filter((day) => byDay.split(",").includes(day));
  return { kind: "weekly", interval, days };
}

/**
 * A schedule as a FHIR R4 `Timing` (see `FhirTimingMapping`): boundsPeriod.start = startDate,
 * boundsPeriod.end = the UNTIL day or `count`; `duration` in minutes; one `timeOfDay`
 * ("HH:MM:SS", local); daily = frequency 1 per `period` d; weekly = frequency (number of days)
 * per `period` wk on `dayOfWeek`; monthly = frequency 1 per `period` mo.
 */
export function scheduleToFhirTiming(schedule: ItemSchedule): FhirTimingMapping {
  const { cadence, startDate, end, durationMinutes, timeOfDay } = schedule;
  const repeat: NonNullable<FhirTiming["repeat"]> = {
    boundsPeriod: end.kind === "until" ? { start: startDate, end: end.date } : { start: startDate },
    ...(end.kind === "count" ? { count: end.count } : {}),
    duration: durationMinutes,
    durationUnit: "min",
    timeOfDay: [`${timeOfDay}:00`],
  };
  const cadenceOrBuiltIn =
    cadence.kind === "rrule" ? (builtInCadenceOf(cadence.rrule) ?? cadence) : cadence;
  switch (cadenceOrBuiltIn.kind) {
    case "daily":
      return {
        kind: "exact",
        timing: {
          repeat: { ...repeat, frequency: 1, period: cadenceOrBuiltIn.interval, periodUnit: "d" },
        },
      };
    case "weekly":
      return {
        kind: "exact",
        timing: {
          repeat: {
            ...repeat,
            frequency: cadenceOrBuiltIn.days.length,
            period: cadenceOrBuiltIn.interval,
            periodUnit: "wk",
            dayOfWeek: weekdays
              .filter((day) => cadenceOrBuiltIn.days.includes(day))
              .map((day) => fhirDays[day]),
          },
        },
      };
    case "monthly":
      return {
        kind: "exact",
        timing: {
          repeat: { ...repeat, frequency: 1, period: cadenceOrBuiltIn.interval, periodUnit: "mo" },
        },
      };
    case "after-last-held":
      return {
        kind: "approximate",
        timing: {
          repeat: {
            ...repeat,
            frequency: 1,
            period: cadenceOrBuiltIn.intervalWeeks,
            periodUnit: "wk",
          },
          code: {
            text: `Every ${cadenceOrBuiltIn.intervalWeeks} weeks after the last session held`,
          },
        },
        note: "FHIR Timing cannot say 'after the last session held'; exported as every N weeks from the start.",
      };
    case "rrule":
      return {
        kind: "unmappable",
        timing: { repeat, code: { text: `RRULE:${cadenceOrBuiltIn.rrule}` } },
        reason: `The custom rule ${cadenceOrBuiltIn.rrule} has parts FHIR Timing.repeat cannot hold (only frequency, period, periodUnit and dayOfWeek); it is kept in Timing.code.text.`,
      };
  }
}

/** The result of reading a FHIR Timing back: a schedule, or why it cannot be one. */
export type FhirTimingReading =
  { ok: true; schedule: ItemSchedule } | { ok: false; problem: string };

const weekdayOfFhir = new Map(
  (Object.entries(fhirDays) as [Weekday, FhirDayOfWeek][]).map(([ours, theirs]) => [theirs, ours]),
);

/**
 * A FHIR R4 `Timing` read back as a schedule (the inverse of `scheduleToFhirTiming` for `exact`
 * mappings). Needs boundsPeriod.start (a date), exactly one timeOfDay, a duration in min or h,
 * and frequency/period/periodUnit of: 1 per N d; 1 per 1 d on dayOfWeek (weekly on those days);
 * as many as dayOfWeek per N wk; 1 per N mo. A `RRULE:` in code.text is read as a custom rule.
 * Anything else (periodUnit h or a, `when`, frequency ranges) is `{ ok: false, problem }`.
 */
export function fhirTimingToSchedule(timing: FhirTiming): FhirTimingReading {
  const repeat = timing.repeat;
  if (repeat === undefined) return { ok: false, problem: "The Timing has no repeat." };
  const startDate = repeat.boundsPeriod?.start?.slice(0, 10);
  if (startDate === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(startDate)) {
    return { ok: false, problem: "boundsPeriod.start is needed as the start date." };
  }
  const [time, ...moreTimes] = repeat.timeOfDay ?? [];
  if (time === undefined || moreTimes.length > 0 || !/^\d{2}:\d{2}(:00)?$/.test(time)) {
    return { ok: false, problem: "Exactly one timeOfDay on the minute is needed." };
  }
  const durationMinutes =
    repeat.durationUnit === "h"
      ? (repeat.duration ?? 0) * 60
      : repeat.durationUnit === "min"
        ? repeat.duration
        : undefined;
  if (durationMinutes === undefined || !Number.isInteger(durationMinutes)) {
    return { ok: false, problem: "A duration in whole minutes (min or h) is needed." };
  }
  const endDate = repeat.boundsPeriod?.end?.slice(0, 10);
  const end: ItemSchedule["end"] =
    repeat.count !== undefined
      ? { kind: "count", count: repeat.count }
      : endDate !== undefined
        ? { kind: "until", date: endDate }
        : { kind: "never" };
  const base = { startDate, timeOfDay: time.slice(0, 5), durationMinutes, end };
  const codeRule = /^RRULE:(.+)$/.exec(timing.code?.text ?? "")?.[1];
  const cadence =
    codeRule !== undefined
      ? ({ kind: "rrule", rrule: codeRule } as const)
      : cadenceOfRepeat(repeat);
  if (typeof cadence === "string") return { ok: false, problem: cadence };
  return { ok: true, schedule: { cadence, ...base } };
}

function cadenceOfRepeat(repeat: NonNullable<FhirTiming["repeat"]>): Cadence | string {
  const { frequency = 1, period, periodUnit, dayOfWeek } = repeat;
  if (period === undefined || !Number.isInteger(period) || period < 1) {
    return "A whole period of at least 1 is needed.";
  }
  const days = dayOfWeek?.map((day) => weekdayOfFhir.get(day));
  if (days?.some((day) => day === undefined)) return "dayOfWeek holds an unknown day.";
  const chosen = weekdays.filter((day) => days?.includes(day));
  if (periodUnit === "d" && chosen.length === 0 && frequency === 1)
    return { kind: "daily", interval: period };
  if (periodUnit === "d" && chosen.length > 0 && frequency === 1 && period === 1) {
    return { kind: "weekly", interval: 1, days: chosen };
  }
  if (periodUnit === "wk" && chosen.length > 0 && frequency === chosen.length) {
    return { kind: "weekly", interval: period, days: chosen };
  }
  if (periodUnit === "mo" && chosen.length === 0 && frequency === 1)
    return { kind: "monthly", interval: period };
  return `frequency ${frequency} per ${period} ${periodUnit ?? "?"}${chosen.length > 0 ? ` on ${chosen.join(",")}` : ""} is not a plan cadence.`;
}
