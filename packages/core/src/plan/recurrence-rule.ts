import ICAL from "ical.js";

/**
 * The one place PainPlan talks to its recurrence library, ical.js (Mozilla's iCalendar library,
 * MPL-2.0, used by Thunderbird; it runs in Node and in the browser). Everything else in the plan
 * area expands rules through `ruleInstances` and checks them with `rruleBodyProblem`, so a
 * workaround for a library bug lives here and nowhere else.
 *
 * Times are iCalendar basic-format strings: "19970902T090000" (floating local wall time, the
 * only kind the plan itself uses), "19970902T090000Z" (UTC) or "19970902" (a date). The
 * library is held to libical's test vectors in `recurrence-rule.vectors.test.ts`.
 *
 * Workarounds (each one tested):
 * - ical.js accepts rules RFC 5545 §3.3.10 refuses (no FREQ, INTERVAL=0, COUNT=-1, unknown or
 *   repeated parts) and silently reads them as something else; `rruleBodyProblem` refuses them
 *   before the library sees them.
 * - ical.js 2.2.1 hangs or answers wrongly on some DAILY rules with BYMONTHDAY or BYMONTH
 *   (libical vectors at lines 238, 268 and 410: a negative BYMONTHDAY never returns, the end of an
 *   UNTIL with BYMONTH never returns) and throws on time parts with a date-only DTSTART (line
 *   400). For FREQ=DAILY whose only BY parts are BYMONTH, BYMONTHDAY and plain BYDAY (all
 *   "limit" parts for DAILY in the §3.3.10 table) `ruleInstances` walks the days itself
 *   (`dailyInstances`); for a date-only DTSTART time parts are dropped, as §3.3.10 says they
 *   are ignored.
 * - ical.js 2.2.1 returns days that break BYMONTH or BYMONTHDAY (2 March for BYMONTH=2;
 *   BYMONTHDAY=30); `limitCheck` drops every instance that breaks the rule's limits.
 * - Still wrong in ical.js and not worked around: BYSETPOS with DAILY or WEEKLY (vectors at
 *   lines 566, 615, 620, 625). `validateSchedule` refuses BYSETPOS, BYHOUR, BYMINUTE and
 *   BYSECOND in a plan's custom rule, so a plan never reaches them.
 */

/** The RECUR rule parts of RFC 5545 §3.3.10 and the value each takes. */
const rulePartPatterns: Record<string, RegExp> = {
  FREQ: /^(SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)$/,
  UNTIL: /^\d{8}(T\d{6}Z?)?$/,
  COUNT: /^[1-9]\d{0,5}$/,
  INTERVAL: /^[1-9]\d{0,4}$/,
  BYSECOND: /^\d{1,2}(,\d{1,2})*$/,
  BYMINUTE: /^\d{1,2}(,\d{1,2})*$/,
  BYHOUR: /^\d{1,2}(,\d{1,2})*$/,
  BYDAY: /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)(,([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU))*$/,
  BYMONTHDAY: /^[+-]?\d{1,2}(,[+-]?\d{1,2})*$/,
  BYYEARDAY: /^[+-]?\d{1,3}(,[+-]?\d{1,3})*$/,
  BYWEEKNO: /^[+-]?\d{1,2}(,[+-]?\d{1,2})*$/,
  BYMONTH: /^\d{1,2}(,\d{1,2})*$/,
  BYSETPOS: /^[+-]?\d{1,3}(,[+-]?\d{1,3})*$/,
  WKST: /^(MO|TU|WE|TH|FR|SA|SU)$/,
};

/** A rule body split into its parts (upper-case names), or a plain-words problem. */
export function parseRulePartsStrict(
  body: string,
): { parts: Map<string, string> } | { problem: string } {
  const parts = new Map<string, string>();
  // A trailing ";" is common in the wild (Google Calendar) and harmless.
  const trimmed = body
    .trim()
    .replace(/^RRULE:/i, "")
    .replace(/;$/, "");
  if (trimmed === "") return { problem: "The rule is empty; start it with FREQ=…" };
  for (const part of trimmed.split(";")) {
    const match = /^([A-Za-z]+)=(.+)$/.exec(part);
    if (match === null) return { problem: `"${part}" is not NAME=VALUE.` };
    const name = (match[1] ?? "").toUpperCase();
    const value = (match[2] ?? "").toUpperCase();
    const pattern = rulePartPatterns[name];
    if (pattern === undefined) return { problem: `${name} is not a part of an RRULE.` };
    if (parts.has(name)) return { problem: `${name} appears twice.` };
    if (!pattern.test(value)) return { problem: `${name}=${value} is not a valid value.` };
    parts.set(name, value);
  }
  if (!parts.has("FREQ")) return { problem: "The rule needs FREQ (such as FREQ=WEEKLY)." };
  if (parts.has("COUNT") && parts.has("UNTIL")) {
    return { problem: "A rule has COUNT or UNTIL, not both." };
  }
  return { parts };
}

/**
 * Why an RFC 5545 RRULE body is invalid, in plain words, or undefined when it is valid (strict
 * syntax here, then the library's own range checks: BYMONTHDAY=40 and the like).
 */
export function rruleBodyProblem(body: string): string | undefined {
  const parsed = parseRulePartsStrict(body);
  if ("problem" in parsed) return parsed.problem;
  // Numbered BYDAY ("1MO") only with MONTHLY or YEARLY (RFC 5545 §3.3.10).
  const frequency = parsed.parts.get("FREQ");
  if (
    /\d/.test(parsed.parts.get("BYDAY") ?? "") &&
    frequency !== "MONTHLY" &&
    frequency !== "YEARLY"
  ) {
    return "A numbered BYDAY (such as 1MO) needs FREQ=MONTHLY or YEARLY.";
  }
  try {
    // The iterator applies the rest of §3.3.10 (no BYMONTHDAY with WEEKLY, …).
    ICAL.Recur.fromString(normalisedBody(body)).iterator(
      ICAL.Time.fromDateTimeString("2026-01-01T00:00:00"),
    );
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : "The rule cannot be read.";
  }
}

function normalisedBody(body: string): string {
  return body
    .trim()
    .replace(/^RRULE:/i, "")
    .replace(/;$/, "")
    .toUpperCase();
}

/** "19970902T090000", "19970902T090000Z" or "19970902" → the library's time. */
function timeOfBasic(basic: string): ICAL.Time {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(basic);
  if (match === null) throw new RangeError(`Not an iCalendar date or date-time: ${basic}`);
  const [, year, month, day, hour, minute, second, utc] = match;
  if (hour === undefined) return ICAL.Time.fromDateString(`${year}-${month}-${day}`);
  return ICAL.Time.fromDateTimeString(
    `${year}-${month}-${day}T${hour}:${minute}:${second}${utc ?? ""}`,
  );
}

/**
 * The instances of a valid rule body from `dtstart` on, in order, as basic-format strings of
 * the same kind as `dtstart` (floating, UTC or date). Lazy: an endless rule yields forever, so
 * the caller stops it. A `dtstart` that does not match the rule is not an instance (libical's
 * and ical.js's reading; RFC 5545 leaves it undefined). Throws RangeError for an invalid rule
 * (check it with `rruleBodyProblem` first).
 */
export function* ruleInstances(body: string, dtstart: string): Generator<string, void, undefined> {
  const parsed = parseRulePartsStrict(body);
  const problem = "problem" in parsed ? parsed.problem : rruleBodyProblem(body);
  if ("problem" in parsed || problem !== undefined) {
    throw new RangeError(`Invalid RRULE "${body}": ${problem ?? ""}`);
  }
  const { parts } = parsed;
  const isDateOnly = /^\d{8}$/.test(dtstart);
  if (isDateOnly) for (const name of ["BYHOUR", "BYMINUTE", "BYSECOND"]) parts.delete(name);
  if (isPlainDailyRule(parts)) {
    yield* dailyInstances(parts, dtstart);
    return;
  }
  // ical.js reads BYMONTH in the order written (libical vector at line 441; 446 is still wrong).
  const months = parts.get("BYMONTH");
  if (months !== undefined) {
    parts.set(
      "BYMONTH",
      [...new Set(months.split(",").map(Number))].sort((a, b) => a - b).join(","),
    );
  }
  const kept = [...parts].map(([name, value]) => `${name}=${value}`).join(";");
  const iterator = ICAL.Recur.fromString(kept).iterator(timeOfBasic(dtstart));
  // The library's types say `next()` always returns a time; it returns null at the end.
  const nextOf = (): ICAL.Time | null => iterator.next();
  const keeps = limitCheck(parts);
  let dropped = 0;
  for (let next = nextOf(); next !== null; next = nextOf()) {
    const instance = next.toICALString();
    if (keeps(instance)) {
      dropped = 0;
      yield instance;
    } else if ((dropped += 1) > droppedMax) {
      throw new RangeError("The rule matches no day.");
    }
  }
}

/** Instances in a row the limit check may drop before the rule is called one that never matches. */
const droppedMax = 10_000;

/**
 * Whether an instance the library returned obeys the rule's BYMONTH, BYMONTHDAY and (without
 * ordinals) BYDAY: ical.js 2.2.1 returns 2 March for FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30 and a
 * non-matching DTSTART for FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31. Such instances are dropped; an
 * instance the library misses cannot be added back.
 */
function limitCheck(parts: Map<string, string>): (instance: string) => boolean {
  const months = numbersOf(parts.get("BYMONTH"));
  const monthDays = numbersOf(parts.get("BYMONTHDAY"));
  const byDay = parts.get("BYDAY");
  const weekdays = byDay !== undefined && !/\d/.test(byDay) ? byDay.split(",") : undefined;
  return (instance) => {
    const year = Number(instance.slice(0, 4));
    const month = Number(instance.slice(4, 6));
    const dayOfMonth = Number(instance.slice(6, 8));
    const day = new Date(Date.UTC(year, month - 1, dayOfMonth));
    const monthLength = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return (
      (months === undefined || months.includes(month)) &&
      (monthDays === undefined ||
        monthDays.some((wanted) =>
          wanted > 0 ? wanted === dayOfMonth : monthLength + 1 + wanted === dayOfMonth,
        )) &&
      (weekdays === undefined || weekdays.includes(weekdayCodes[day.getUTCDay()] ?? ""))
    );
  };
}

const dailyLimitParts = new Set([
  "WKST",
  "FREQ",
  "INTERVAL",
  "COUNT",
  "UNTIL",
  "BYMONTH",
  "BYMONTHDAY",
  "BYDAY",
]);
const weekdayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];
/** A calendar day between UTC midnights (no DST on that clock); see `dailyInstances`. */
const dayMs = 86_400_000;
/** Days walked without a match before a DAILY rule is called one that never matches. */
const dailyWalkMaxDays = 400 * 366;

/** A FREQ=DAILY rule whose BY parts only limit days (no ordinal BYDAY such as "1MO"). */
function isPlainDailyRule(parts: Map<string, string>): boolean {
  if (parts.get("FREQ") !== "DAILY") return false;
  if ([...parts.keys()].some((name) => !dailyLimitParts.has(name))) return false;
  return !/\d/.test(parts.get("BYDAY") ?? "");
}

function numbersOf(list: string | undefined): number[] | undefined {
  return list?.split(",").map(Number);
}

/**
 * RFC 5545 §3.3.10 for FREQ=DAILY with limit parts only: every INTERVAL-th day from DTSTART,
 * kept when its month, day of month (negative counts from the month's end) and weekday match,
 * until COUNT instances or UNTIL (compared as written: a floating DTSTART with a UTC UNTIL is
 * compared on the wall clock, as libical does). Throws RangeError when no day matches within
 * 400 years (BYMONTH=2;BYMONTHDAY=30).
 */
function* dailyInstances(parts: Map<string, string>, dtstart: string): Generator<string> {
  const interval = Number(parts.get("INTERVAL") ?? "1");
  const count = parts.has("COUNT") ? Number(parts.get("COUNT")) : undefined;
  const until = parts.get("UNTIL");
  const months = numbersOf(parts.get("BYMONTH"));
  const monthDays = numbersOf(parts.get("BYMONTHDAY"));
  const weekdays = parts.get("BYDAY")?.split(",");
  const timePart = dtstart.slice(8);
  const startMs = Date.UTC(
    Number(dtstart.slice(0, 4)),
    Number(dtstart.slice(4, 6)) - 1,
    Number(dtstart.slice(6, 8)),
  );
  let found = 0;
  let sinceMatch = 0;
  // Steps UTC-midnight Dates rather than "YYYY-MM-DD" strings (`addCalendarDays`): each day's
  // month, day and weekday are read off the Date, and this loop may walk 146,000 days.
  for (let dayIndex = 0; count === undefined || found < count; dayIndex += interval) {
    const day = new Date(startMs + dayIndex * dayMs);
    const basic = `${day.toISOString().slice(0, 10).replaceAll("-", "")}${timePart}`;
    if (until !== undefined && untilPassed(basic, until)) return;
    const month = day.getUTCMonth() + 1;
    const dayOfMonth = day.getUTCDate();
    const monthLength = new Date(Date.UTC(day.getUTCFullYear(), month, 0)).getUTCDate();
    const matches =
      (months === undefined || months.includes(month)) &&
      (monthDays === undefined ||
        monthDays.some((wanted) =>
          wanted > 0 ? wanted === dayOfMonth : monthLength + 1 + wanted === dayOfMonth,
        )) &&
      (weekdays === undefined || weekdays.includes(weekdayCodes[day.getUTCDay()] ?? ""));
    if (matches) {
      found += 1;
      sinceMatch = 0;
      yield basic;
    } else if ((sinceMatch += interval) > dailyWalkMaxDays) {
      throw new RangeError("The rule matches no day.");
    }
  }
}

/** Whether an instance comes after UNTIL (both basic format; "Z" ignored, dates padded). */
function untilPassed(instance: string, until: string): boolean {
  const wall = (basic: string) => (basic.length === 8 ? `${basic}T235959` : basic.replace("Z", ""));
  return wall(instance) > wall(until);
}
