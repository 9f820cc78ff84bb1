import { z } from "zod";
import { planLimits } from "./plan-limits.js";
import { personText } from "../text/text.schema.js";
import { calendarDateSchema } from "../time/time.schema.js";

const {
  durationMinutesMin,
  durationMinutesMax,
  maxOccurrencesPerExpansion,
  dailyIntervalMax,
  weeklyIntervalMax,
  monthlyIntervalMax,
  rruleMaxLength,
  pauseReasonMaxLength,
} = planLimits;

/** RFC 5545 §3.3.10 BYDAY codes, Monday first (ISO 8601 week order). */
export const weekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/** A day of the week as an RFC 5545 BYDAY code. */
export const weekdaySchema = z
  .enum(weekdays, { error: "Choose days as MO, TU, WE, TH, FR, SA or SU." })
  .describe("A day of the week as an RFC 5545 BYDAY code (MO … SU).");
/** A day of the week as an RFC 5545 BYDAY code. */
export type Weekday = z.infer<typeof weekdaySchema>;

/** A clock time of day, "HH:MM" 24-hour, local to the person's zone. */
export const localTimeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time as HH:MM (24-hour), such as 10:00.")
  .describe("A local clock time (HH:MM, 24-hour) in the person's time zone.");

/** A local wall time "YYYY-MM-DDTHH:MM" (no zone; read in the person's zone). */
export const localWallTimeSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/,
    "Enter a date and time as YYYY-MM-DDTHH:MM.",
  )
  .refine(
    (value) => {
      const asUtc = Date.parse(`${value}:00Z`);
      return !Number.isNaN(asUtc) && new Date(asUtc).toISOString().slice(0, 16) === value;
    },
    { error: "Enter a real date and time." },
  )
  .describe("A local wall time (YYYY-MM-DDTHH:MM) in the person's time zone, without an offset.");

function intervalSchema(max: number, what: string) {
  return z
    .int({ error: `${what} is a whole number.` })
    .min(1, `${what} is at least 1.`)
    .max(max, `${what} is at most ${max}.`);
}

/**
 * How often a plan item happens (discriminated on `kind`):
 * - `daily`: every `interval` days;
 * - `weekly`: every `interval` weeks on the chosen `days` ("N times a week" is N days);
 * - `monthly`: every `interval` months on the start date's day of the month;
 * - `rrule`: a custom RFC 5545 RRULE body such as "FREQ=WEEKLY;BYDAY=MO,TH" (no DTSTART, no
 *   COUNT/UNTIL: the end is `ItemSchedule.end`; checked by `validateSchedule`);
 * - `after-last-held`: the next session is `intervalWeeks` weeks after the last session actually
 *   held, at the same local time (not on the original grid).
 */
export const cadenceSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({
      kind: z.literal("daily"),
      interval: intervalSchema(dailyIntervalMax, "The number of days").describe("Every N days."),
    }),
    z.strictObject({
      kind: z.literal("weekly"),
      interval: intervalSchema(weeklyIntervalMax, "The number of weeks").describe("Every N weeks."),
      days: z
        .array(weekdaySchema)
        .min(1, "Choose at least one day.")
        .max(7, "Choose at most seven days.")
        .refine((days) => new Set(days).size === days.length, "Choose each day once.")
        .describe("The days of the week, each once."),
    }),
    z.strictObject({
      kind: z.literal("monthly"),
      interval: intervalSchema(monthlyIntervalMax, "The number of months").describe(
        "Every N months, on the start date's day of the month.",
      ),
    }),
    z.strictObject({
      kind: z.literal("rrule"),
      rrule: z
        .string()
        .trim()
        .min(1, "Enter a rule such as FREQ=WEEKLY;BYDAY=MO,TH.")
        .max(rruleMaxLength, `A rule has at most ${rruleMaxLength} characters.`)
        .describe("A custom RFC 5545 RRULE body, without DTSTART, COUNT or UNTIL."),
    }),
    z.strictObject({
      kind: z.literal("after-last-held"),
      intervalWeeks: intervalSchema(weeklyIntervalMax, "The number of weeks").describe(
        "The next session is N weeks after the last session actually held.",
      ),
    }),
  ],
  { error: "Choose how often: daily, weekly, monthly, rrule or after-last-held." },
);
/** How often a plan item happens; see `cadenceSchema`. */
export type Cadence = z.infer<typeof cadenceSchema>;

/** When a schedule stops: never, after a local day (inclusive), or after a number of sessions. */
export const scheduleEndSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("never") }),
    z.strictObject({
      kind: z.literal("until"),
      date: calendarDateSchema.describe("The last local day a session may fall on (inclusive)."),
    }),
    z.strictObject({
      kind: z.literal("count"),
      count: z
        .int({ error: "The number of sessions is a whole number." })
        .min(1, "The number of sessions is at least 1.")
        .max(
          maxOccurrencesPerExpansion,
          `The number of sessions is at most ${maxOccurrencesPerExpansion}.`,
        )
        .describe("How many sessions in all (RFC 5545 COUNT)."),
    }),
  ],
  { error: "Choose an end: never, until or count." },
);
/** When a schedule stops; see `scheduleEndSchema`. */
export type ScheduleEnd = z.infer<typeof scheduleEndSchema>;

/**
 * The schedule of one plan item, in the person's local time: the cadence, the first local day
 * (`startDate`, the RFC 5545 DTSTART day), the local clock time, the length in minutes
 * (1–480) and the end. Structural checks only; `validateSchedule` adds the rule checks
 * (invalid RRULE, end before start, too many occurrences).
 */
export const itemScheduleSchema = z.strictObject({
  cadence: cadenceSchema,
  startDate: calendarDateSchema.describe("The first local day of the schedule (YYYY-MM-DD)."),
  timeOfDay: localTimeOfDaySchema,
  durationMinutes: z
    .int({ error: "The length is a whole number of minutes." })
    .min(durationMinutesMin, `A session lasts at least ${durationMinutesMin} minute.`)
    .max(durationMinutesMax, `A session lasts at most ${durationMinutesMax} minutes (8 hours).`)
    .describe(`Length of one session in minutes (${durationMinutesMin}–${durationMinutesMax}).`),
  end: scheduleEndSchema,
});
/** The schedule of one plan item; see `itemScheduleSchema`. */
export type ItemSchedule = z.infer<typeof itemScheduleSchema>;

/** What happened to one occurrence of the series. */
export const occurrenceExceptionKinds = ["moved", "cancelled", "held"] as const;

/**
 * A change to one occurrence, found by its original local start (the RFC 5545 RECURRENCE-ID):
 * `moved` (to `movedTo`, local wall time), `cancelled` (an EXDATE), `held` (it took place, at
 * `heldAt` when known, an ISO instant).
 */
export const occurrenceExceptionSchema = z
  .strictObject({
    originalStart: localWallTimeSchema.describe(
      "The occurrence's original local start (YYYY-MM-DDTHH:MM), its RECURRENCE-ID.",
    ),
    kind: z.enum(occurrenceExceptionKinds, { error: "Choose moved, cancelled or held." }),
    movedTo: localWallTimeSchema.optional().describe("The new local start, for `moved`."),
    heldAt: z.iso
      .datetime({ offset: true, error: "Enter an instant such as 2026-03-01T10:00:00Z." })
      .optional()
      .describe("When the session was actually held (ISO 8601 instant), for `held`."),
  })
  .refine((exception) => exception.kind !== "moved" || exception.movedTo !== undefined, {
    error: "Choose the new time of a moved session.",
    path: ["movedTo"],
  });
/** A change to one occurrence; see `occurrenceExceptionSchema`. */
export type OccurrenceException = z.infer<typeof occurrenceExceptionSchema>;

/** An extra occurrence outside the series (an RFC 5545 RDATE), at a local wall time. */
export const addedOccurrenceSchema = z.strictObject({
  start: localWallTimeSchema.describe("The local start (YYYY-MM-DDTHH:MM)."),
  durationMinutes: itemScheduleSchema.shape.durationMinutes,
});
/** An extra occurrence outside the series; see `addedOccurrenceSchema`. */
export type AddedOccurrence = z.infer<typeof addedOccurrenceSchema>;

/**
 * A pause of the plan (for a flare): from and until are inclusive local days. Occurrences on
 * those days keep existing with status `paused` (not deleted) and get no reminders.
 */
export const planPauseSchema = z
  .strictObject({
    from: calendarDateSchema.describe("The first paused local day (inclusive)."),
    until: calendarDateSchema.describe("The last paused local day (inclusive)."),
    reason: personText({
      maxLength: pauseReasonMaxLength,
      label: "The reason",
      isMultiline: true,
    }).describe(`Why the plan is paused (at most ${pauseReasonMaxLength} characters).`),
  })
  .refine((pause) => pause.until >= pause.from, {
    error: "The pause ends on or after the day it starts.",
    path: ["until"],
  });
/** A pause of the plan; see `planPauseSchema`. */
export type PlanPause = z.infer<typeof planPauseSchema>;

/** The status of one expanded occurrence. */
export const occurrenceStatuses = [
  "scheduled",
  "moved",
  "added",
  "cancelled",
  "held",
  "paused",
] as const;
/** The status of one expanded occurrence. */
export type OccurrenceStatus = (typeof occurrenceStatuses)[number];

/**
 * One session of a plan item, as `expandOccurrences` returns it: `key` is the original local
 * start (the RECURRENCE-ID; for an added one its own start), `start`/`end` UTC instants
 * ("…Z"), `localDate`/`localTime` where it falls on the person's calendar and clock.
 */
export const occurrenceSchema = z.object({
  itemId: z.string().describe("The plan item this occurrence belongs to."),
  key: localWallTimeSchema.describe(
    "The original local start (YYYY-MM-DDTHH:MM): the RECURRENCE-ID that exceptions refer to.",
  ),
  start: z.iso.datetime().describe("Start (UTC ISO 8601 instant)."),
  end: z.iso.datetime().describe("End (UTC ISO 8601 instant)."),
  localDate: calendarDateSchema.describe("The local day it starts on."),
  localTime: localTimeOfDaySchema.describe("The local clock time it starts at."),
  status: z.enum(occurrenceStatuses),
});
/** One session of a plan item; see `occurrenceSchema`. */
export type Occurrence = z.infer<typeof occurrenceSchema>;
