import type { FieldError } from "../api/errors.schema.js";
import { planLimits } from "./plan-limits.js";
import { parseRulePartsStrict, ruleInstances, rruleBodyProblem } from "./recurrence-rule.js";
import { basicWallTime, scheduleRuleBody } from "./schedule-rule.js";
import { itemScheduleSchema, type ItemSchedule } from "./schedule.schema.js";

const { durationMinutesMin, durationMinutesMax, maxOccurrencesPerExpansion } = planLimits;

/** Custom-rule frequencies a plan accepts: a session at most once a day (time from `timeOfDay`). */
const planFrequencies = new Set(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]);

/**
 * Rule parts a plan's custom rule refuses, with why: the end and the time of day have their own
 * fields; BYSETPOS and BYWEEKNO are wrong in ical.js 2.2.1 (libical vectors, see
 * `recurrence-rule.ts`); BYYEARDAY is not needed for a treatment plan.
 */
const refusedParts: Record<string, string> = {
  COUNT: "Set the number of sessions in the end field, not in the rule.",
  UNTIL: "Set the last day in the end field, not in the rule.",
  BYHOUR: "Set the time in the time-of-day field, not in the rule.",
  BYMINUTE: "Set the time in the time-of-day field, not in the rule.",
  BYSECOND: "Set the time in the time-of-day field, not in the rule.",
  BYSETPOS: "BYSETPOS is not supported in a plan; choose days with BYDAY (such as 1MO).",
  BYWEEKNO: "BYWEEKNO is not supported in a plan; use BYMONTH and BYDAY.",
  BYYEARDAY: "BYYEARDAY is not supported in a plan; use BYMONTH and BYMONTHDAY.",
};

function at(prefix: string, path: string): string {
  return prefix === "" ? path : `${prefix}.${path}`;
}

/** Problems of a custom RRULE body as a plan uses it (syntax, then the plan's subset). */
function customRuleProblem(body: string): string | undefined {
  const problem = rruleBodyProblem(body);
  if (problem !== undefined) return `The rule is not valid RFC 5545: ${problem}`;
  const parsed = parseRulePartsStrict(body);
  if ("problem" in parsed) return parsed.problem;
  const frequency = parsed.parts.get("FREQ") ?? "";
  if (!planFrequencies.has(frequency)) {
    return "A plan repeats at most daily: use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.";
  }
  for (const name of parsed.parts.keys()) {
    const why = refusedParts[name];
    if (why !== undefined) return why;
  }
  if (/DTSTART/i.test(body)) return "Leave DTSTART out: the start date is its own field.";
  return libraryGuard(parsed.parts);
}

/** The longest each month can be (February in a leap year). */
const longestMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Rules ical.js 2.2.1 loops on without returning (found by fuzzing, see `recurrence-rule.ts`):
 * a negative BYMONTHDAY or BYMONTHDAY with BYDAY outside FREQ=DAILY (PainPlan's own day walk
 * handles DAILY), a BYMONTHDAY no chosen month has, a numbered BYDAY beyond the 5th of a month
 * or the 53rd of a year. A synchronous loop cannot be stopped, so these rules are refused.
 */
function libraryGuard(parts: Map<string, string>): string | undefined {
  const frequency = parts.get("FREQ");
  const monthDays = parts.get("BYMONTHDAY")?.split(",").map(Number);
  const byDay = parts.get("BYDAY");
  const months = parts.get("BYMONTH")?.split(",").map(Number);
  if (frequency !== "DAILY" && monthDays !== undefined) {
    if (monthDays.some((day) => day < 1)) {
      return "Count days of the month from the start (BYMONTHDAY=1 to 31) in a plan.";
    }
    if (byDay !== undefined) return "Use BYMONTHDAY or BYDAY in a plan, not both.";
    const chosen = months ?? [1];
    if (!monthDays.some((day) => chosen.some((month) => day <= (longestMonth[month - 1] ?? 0)))) {
      return "No chosen month has that day.";
    }
  }
  const ordinals = [...(byDay ?? "").matchAll(/([+-]?\d+)[A-Z]{2}/g)].map((match) =>
    Math.abs(Number(match[1])),
  );
  const largest = frequency === "MONTHLY" || months !== undefined ? 5 : 53;
  if (ordinals.some((ordinal) => ordinal < 1 || ordinal > largest)) {
    return `A numbered BYDAY counts 1 to ${largest} (such as 1MO or -1FR).`;
  }
  return undefined;
}

/**
 * The rule checks of a schedule that the zod schema cannot make, as field errors with dotted
 * paths under `pathPrefix` (empty: the schedule is the body): duration outside 1–480 minutes
 * (`durationMinutes`), an invalid or unsupported custom RRULE (`cadence.rrule`), an UNTIL day
 * before the start (`end.date`), a COUNT or UNTIL giving more than
 * `planLimits.maxOccurrencesPerExpansion` sessions (`end`), a rule that gives no session at all
 * (`cadence`). Empty when the schedule is valid. Pure.
 */
export function validateSchedule(schedule: ItemSchedule, pathPrefix = ""): FieldError[] {
  const problems: FieldError[] = [];
  const { durationMinutes, cadence, end, startDate } = schedule;
  if (
    !Number.isInteger(durationMinutes) ||
    durationMinutes < durationMinutesMin ||
    durationMinutes > durationMinutesMax
  ) {
    problems.push({
      path: at(pathPrefix, "durationMinutes"),
      message: `A session lasts ${durationMinutesMin} to ${durationMinutesMax} minutes (8 hours).`,
    });
  }
  if (cadence.kind === "rrule") {
    const problem = customRuleProblem(cadence.rrule);
    if (problem !== undefined) {
      problems.push({ path: at(pathPrefix, "cadence.rrule"), message: problem });
      return problems;
    }
  }
  if (end.kind === "until" && end.date < startDate) {
    problems.push({
      path: at(pathPrefix, "end.date"),
      message: "The last day comes on or after the start date.",
    });
    return problems;
  }
  if (end.kind === "count" && end.count > maxOccurrencesPerExpansion) {
    problems.push({
      path: at(pathPrefix, "end.count"),
      message: `A schedule has at most ${maxOccurrencesPerExpansion} sessions.`,
    });
    return problems;
  }
  problems.push(...countProblems(schedule, pathPrefix));
  return problems;
}

/** A finite schedule with more sessions than the maximum, or a rule with no session at all. */
function countProblems(schedule: ItemSchedule, pathPrefix: string): FieldError[] {
  if (schedule.cadence.kind === "after-last-held") return [];
  const dtstart = basicWallTime(schedule.startDate, schedule.timeOfDay);
  let found = 0;
  try {
    const instances = ruleInstances(scheduleRuleBody(schedule), dtstart);
    while (instances.next().done !== true) {
      found += 1;
      if (schedule.end.kind === "never" || found > maxOccurrencesPerExpansion) break;
    }
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    found = 0;
  }
  if (found === 0) {
    return [
      {
        path: at(pathPrefix, "cadence"),
        message: "This schedule gives no session: check the days and the end.",
      },
    ];
  }
  if (found > maxOccurrencesPerExpansion) {
    return [
      {
        path: at(pathPrefix, "end"),
        message: `This schedule gives more than ${maxOccurrencesPerExpansion} sessions; choose an earlier last day.`,
      },
    ];
  }
  return [];
}

/**
 * `itemScheduleSchema` with `validateSchedule`'s checks as zod issues (same paths), for request
 * schemas that take a schedule.
 */
export const validItemScheduleSchema = itemScheduleSchema.superRefine((schedule, context) => {
  for (const problem of validateSchedule(schedule)) {
    context.addIssue({
      code: "custom",
      message: problem.message,
      path: problem.path === "" ? [] : problem.path.split("."),
    });
  }
});
