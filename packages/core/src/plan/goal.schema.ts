import { z } from "zod";
import { planLimits } from "./plan-limits.js";
import { personText } from "../text/text.schema.js";
import { calendarDateSchema } from "../time/time.schema.js";

const { goalTextMaxLength, goalUnitMaxLength } = planLimits;

/** The kinds of goal a plan can hold (issue 11; REFERENCE.md §2 for pain and PEG goals). */
export const goalKinds = [
  "pain-reduction",
  "peg",
  "function",
  "practice-minutes",
  "sessions-attended",
] as const;
/** One kind of goal. */
export type GoalKind = (typeof goalKinds)[number];

const goalDates = {
  startDate: calendarDateSchema.describe(
    "The local day the goal starts; the pain baseline is the 7 local days before it.",
  ),
  targetDate: calendarDateSchema.describe("The local day the goal should be reached by."),
};

/**
 * A goal of the plan, discriminated on `kind`, each with a local `startDate` and `targetDate`:
 * - `pain-reduction`: average daily pain down `targetPercent` % from the baseline (mean of the
 *   7 local days before `startDate`; REFERENCE.md §2.1 IMMPACT, §2.5);
 * - `peg`: PEG mean score (0–10, REFERENCE.md §1.2) at or below `targetScore`;
 * - `function`: a measurable function goal ("walk 20 minutes"): `text`, `target` and `unit`,
 *   checked off with the amount done on a local day (`goalCheckProblem`, the plan contract's
 *   goal-check routes); reached when one day's amount reaches the target;
 * - `practice-minutes`: at least `minutesPerWeek` practice minutes in each local week (7 days
 *   from `startDate`);
 * - `sessions-attended`: at least `sessions` sessions held between start and target date.
 */
export const goalSchema = z
  .discriminatedUnion(
    "kind",
    [
      z.strictObject({
        kind: z.literal("pain-reduction"),
        ...goalDates,
        targetPercent: z
          .number({ error: "The reduction is a number of percent." })
          .min(1, "Aim for at least 1 %.")
          .max(100, "A reduction is at most 100 %.")
          .describe("Percent down from the baseline (30 is IMMPACT's 'moderate', §2.1)."),
      }),
      z.strictObject({
        kind: z.literal("peg"),
        ...goalDates,
        targetScore: z
          .number({ error: "The PEG target is a number." })
          .min(0, "The PEG target is between 0 and 10.")
          .max(10, "The PEG target is between 0 and 10.")
          .describe("The PEG mean score (0–10) to reach or go below."),
      }),
      z.strictObject({
        kind: z.literal("function"),
        ...goalDates,
        text: personText({
          maxLength: goalTextMaxLength,
          label: "The goal",
          minLength: 1,
          isTrimmed: true,
        }).describe(`What the person wants to do (at most ${goalTextMaxLength} characters).`),
        target: z
          .number({ error: "The target is a number." })
          .positive("The target is more than 0.")
          .max(1_000_000, "The target is at most 1,000,000.")
          .describe("The measurable amount, such as 20."),
        unit: personText({
          maxLength: goalUnitMaxLength,
          label: "The unit",
          minLength: 1,
          isTrimmed: true,
        }).describe(`The unit of the target, such as "minutes" (at most ${goalUnitMaxLength}).`),
      }),
      z.strictObject({
        kind: z.literal("practice-minutes"),
        ...goalDates,
        minutesPerWeek: z
          .int({ error: "The minutes are a whole number." })
          .min(1, "Aim for at least 1 minute a week.")
          .max(10_080, "A week has 10,080 minutes.")
          .describe("Practice minutes to reach in each week."),
      }),
      z.strictObject({
        kind: z.literal("sessions-attended"),
        ...goalDates,
        sessions: z
          .int({ error: "The number of sessions is a whole number." })
          .min(1, "Aim for at least 1 session.")
          .max(1000, "Aim for at most 1,000 sessions.")
          .describe("Sessions held between the start and target date."),
      }),
    ],
    { error: "Choose a goal kind." },
  )
  .refine((goal) => goal.targetDate > goal.startDate, {
    error: "The target date comes after the start date.",
    path: ["targetDate"],
  });
/** A goal of the plan; see `goalSchema`. */
export type Goal = z.infer<typeof goalSchema>;
