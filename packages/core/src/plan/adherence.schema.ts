import { z } from "zod";
import { therapyIdFieldSchema } from "../safety/safety-assessment.schema.js";
import { calendarDaysBetween } from "../time/calendar-date.js";
import { calendarDateSchema } from "../time/time.schema.js";
import { missedOccurrenceSchema } from "./missed.schema.js";
import { planApiLimits } from "./plan-api.schema.js";

const windowMax = planApiLimits.calendarWindowDaysMax;

/** The period adherence is asked for: local days of the owner, `from`…`to` inclusive. */
export const planAdherenceQuerySchema = z
  .strictObject({
    from: calendarDateSchema.describe("First local day (inclusive)."),
    to: calendarDateSchema.describe(
      `Last local day (inclusive); at most ${windowMax} days after \`from\`.`,
    ),
  })
  .refine((query) => query.to >= query.from, {
    error: "The last day must not be before the first.",
    path: ["to"],
  })
  .refine((query) => calendarDaysBetween(query.from, query.to) < windowMax, {
    error: `Ask for at most ${windowMax} days at a time.`,
    path: ["to"],
  });
export type PlanAdherenceQuery = z.output<typeof planAdherenceQuerySchema>;

const count = z.int().nonnegative();

/**
 * Adherence (core `plan/adherence.ts`, after CareKit's `OCKAdherence`): `nothing-planned` when no
 * session was due (not 0 %, not 100 %), else `done` of `expected` (= done + missed). `upcoming`
 * sessions are not counted yet.
 */
export const adherenceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("nothing-planned"), upcoming: count }),
  z.object({
    kind: z.literal("progress"),
    done: count,
    missed: count,
    expected: z.int().positive(),
    upcoming: count,
  }),
]);

export const weekAdherenceSchema = z.object({
  weekStart: calendarDateSchema.describe("The Monday the ISO week starts on."),
  isoWeek: z.string().describe("The ISO 8601 week, YYYY-Www."),
  adherence: adherenceSchema,
});

const summaryShape = {
  period: adherenceSchema.describe("The whole period."),
  weeks: z.array(weekAdherenceSchema).describe("Each ISO week the period touches, in order."),
};

export const planAdherenceSchema = z.object({
  timeZone: z.string().describe("The owner's zone the days are in."),
  from: calendarDateSchema,
  to: calendarDateSchema,
  asOf: z.iso.datetime().describe("The instant sessions were judged at (UTC)."),
  overall: z.object(summaryShape),
  items: z
    .array(
      z.object({
        itemId: z.string(),
        title: z.string(),
        therapyId: therapyIdFieldSchema.nullable(),
        ...summaryShape,
      }),
    )
    .describe("The active plan's items, in the plan's order."),
  missed: z
    .array(missedOccurrenceSchema)
    .describe("Sessions of the period that were due and did not happen, newest first."),
});
export type PlanAdherence = z.infer<typeof planAdherenceSchema>;
