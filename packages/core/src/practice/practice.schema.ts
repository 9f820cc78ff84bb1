import { z } from "zod";
import { isBodyRegionId } from "../body-map/body-regions.js";
import { zeroToTenSchema } from "../pain-scores/pain-scores.schema.js";
import { verdictLevels } from "../safety/verdict-level.js";
import { personText } from "../text/text.schema.js";
import { calendarDateSchema, recordedAtSchema } from "../time/time.schema.js";
import {
  guidedPracticeIds,
  movementTags,
  poseIds,
  poseVariantKinds,
  poseViews,
  practiceIds,
  practiceKinds,
  practiceLimits,
  routineIds,
  routineMinuteChoices,
  type GuidedPracticeId,
  type PoseId,
  type PracticeId,
  type RoutineId,
  type RoutineMinutes,
} from "./practice-ids.js";

export const practiceKindSchema = z
  .enum(practiceKinds, { error: "Choose a kind of practice from the list." })
  .describe("body-scan, progressive-relaxation, guided-imagery, paced-breathing or yoga-routine.");

export const practiceIdSchema = z
  .enum(practiceIds as unknown as [PracticeId, ...PracticeId[]], {
    error: "Choose a practice from the library.",
  })
  .describe("A guided practice id (`guidedPracticeIds`) or a routine id (`routineIds`).");

export const guidedPracticeIdSchema = z.enum(
  Object.values(guidedPracticeIds) as [GuidedPracticeId, ...GuidedPracticeId[]],
  { error: "Choose a practice from the library." },
);

export const routineIdSchema = z.enum(routineIds as unknown as [RoutineId, ...RoutineId[]]);

export const poseIdSchema = z
  .enum(poseIds as unknown as [PoseId, ...PoseId[]], { error: "Choose a pose from the library." })
  .describe("A yoga pose id (the library's yoga therapy ids).");

/** One breath of the pacer, in whole seconds: in, hold, out. */
export const breathingPatternSchema = z.strictObject({
  inhaleSeconds: z.int().min(1).max(10),
  holdSeconds: z.int().min(0).max(10),
  exhaleSeconds: z.int().min(1).max(12),
});
export type BreathingPattern = z.infer<typeof breathingPatternSchema>;

/** One timed step of a guided practice: what to say and show, and for how long. */
export const practiceStepSchema = z.object({
  id: z.string().describe("Stable within the practice: `intro`, `region-left-foot`, `close`…"),
  text: z.string().describe("The guidance, in our own words; spoken and shown."),
  seconds: z.int().min(1).describe("How long the step lasts."),
  breathing: breathingPatternSchema.optional().describe("Set when the pacer shows during it."),
  regionIds: z
    .array(z.string())
    .optional()
    .describe("Body scan only: the body-map regions this step attends to."),
  isGentle: z
    .boolean()
    .optional()
    .describe("Body scan only: the step approaches a painful area ('notice, do not push')."),
});
export type PracticeStep = z.infer<typeof practiceStepSchema>;

/** A guided practice ready to play: its steps add up to `totalSeconds`. */
export const practiceSchema = z.object({
  id: guidedPracticeIdSchema,
  kind: practiceKindSchema,
  title: z.string(),
  summary: z.string(),
  minutes: z.int().min(practiceLimits.guidedMinutesMin).max(practiceLimits.guidedMinutesMax),
  totalSeconds: z.int().min(1),
  steps: z.array(practiceStepSchema).min(1),
});
export type Practice = z.infer<typeof practiceSchema>;

export const poseVariantSchema = z.object({
  variant: z.enum(poseVariantKinds),
  instructions: z.string().describe("How to do this version, in our own words."),
});
export type PoseVariant = z.infer<typeof poseVariantSchema>;

/** A yoga pose of the routines (its safety and evidence live in the therapy library). */
export const poseSchema = z.object({
  id: poseIdSchema,
  name: z.string(),
  view: z.enum(poseViews).describe("How the illustration shows it: from the front or the side."),
  cues: z.array(z.string()).min(1),
  holdSeconds: z.int().min(5).max(120).describe("A usual hold (or flow) time for one round."),
  variants: z
    .array(poseVariantSchema)
    .min(1)
    .describe("Always `standard`; `chair`/`wall` when it has one."),
  movements: z.array(z.enum(movementTags)).describe("What the pose asks of the body."),
  variantMovements: z
    .array(z.enum(movementTags))
    .describe("What the supported (chair or wall) version still asks of the body."),
});
export type Pose = z.infer<typeof poseSchema>;

/** One pose as placed in a routine: the version chosen, time and the cautions to show. */
export const routinePoseSchema = z.object({
  poseId: poseIdSchema,
  variant: z.enum(poseVariantKinds),
  holdSeconds: z.int().min(1),
  rounds: z.int().min(1),
  cautions: z
    .array(z.string())
    .describe("Instructions of the pose's caution verdict, shown with it."),
});
export type RoutinePose = z.infer<typeof routinePoseSchema>;

export const leftOutPoseSchema = z.object({
  poseId: poseIdSchema,
  level: z.enum(verdictLevels),
  reason: z.string().describe("Why the pose is not in the routine, in plain words."),
});
export type LeftOutPose = z.infer<typeof leftOutPoseSchema>;

/** A yoga routine assembled for one person from their safety intake. */
export const routineSchema = z.object({
  id: routineIdSchema,
  requestedMinutes: z.union(routineMinuteChoices.map((value) => z.literal(value))),
  totalSeconds: z
    .int()
    .min(0)
    .describe("Real length: may be shorter than requested (see `shorterReason`)."),
  poses: z.array(routinePoseSchema),
  leftOut: z.array(leftOutPoseSchema),
  shorterReason: z
    .string()
    .nullable()
    .describe("Why the routine is shorter than asked; null when it is not."),
  notes: z
    .array(z.string())
    .describe("Cautions for the whole routine (surface, feet, rising slowly)."),
});
export type Routine = z.infer<typeof routineSchema>;

export const practiceEfforts = ["easy", "about-right", "hard"] as const;
export type PracticeEffort = (typeof practiceEfforts)[number];

const howItFeltSchema = personText({
  maxLength: practiceLimits.howItFeltMaxLength,
  label: "How it felt",
  isMultiline: true,
  isTrimmed: true,
});

/** The fields a person records after a practice; pain ratings and how it felt can be skipped. */
const practiceLogShape = {
  kind: practiceKindSchema,
  practiceId: practiceIdSchema,
  poseIds: z
    .array(poseIdSchema)
    .max(poseIds.length)
    .optional()
    .describe("Routines only: the poses done."),
  secondsDone: z
    .int({ error: "Enter the length in whole seconds." })
    .min(practiceLimits.loggedSecondsMin, "A practice lasts at least 1 minute.")
    .max(practiceLimits.loggedSecondsMax, "A practice lasts at most 60 minutes.")
    .describe("Length done, 60–3600 seconds."),
  startedAt: recordedAtSchema.describe("When the practice started."),
  endedAt: recordedAtSchema.describe("When it ended: not in the future (server clock)."),
  painBefore: zeroToTenSchema.nullable().optional(),
  painAfter: zeroToTenSchema.nullable().optional(),
  effort: z
    .enum(practiceEfforts, { error: "Choose easy, about right or hard." })
    .nullable()
    .optional()
    .describe("How hard it felt; 'easy' lets the suggested length grow."),
  howItFelt: howItFeltSchema.optional(),
  isFlareDay: z.boolean().nullable().optional().describe("The person says today is a flare day."),
};

/** The end is not before the start (both request schemas refine with it). */
const endNotBeforeStart = (body: { startedAt: string; endedAt: string }) =>
  Date.parse(body.endedAt) >= Date.parse(body.startedAt);
const endBeforeStart = { error: "The end cannot be before the start.", path: ["endedAt"] };

/**
 * A practice as the device keeps it until the server has it (the request without its key: the
 * web app queues this and adds the queued log's own id as `idempotencyKey` when it sends).
 */
export const practiceLogFieldsSchema = z
  .strictObject(practiceLogShape)
  .refine(endNotBeforeStart, endBeforeStart);
export type PracticeLogFieldsRequest = z.input<typeof practiceLogFieldsSchema>;

/**
 * What a person records after a practice, with a key the client makes once per practice: the same
 * key again (a retry after a lost answer) returns the entry already saved; another practice under
 * a used key gets 409 `idempotency_key_reused`.
 */
export const logPracticeRequestSchema = z
  .strictObject({
    idempotencyKey: z
      .uuid("Send a new random UUID with each new practice.")
      .describe(
        "A UUID the client makes once per practice and keeps while it retries. The same key again returns the entry already saved; a different practice under a used key gets 409 `idempotency_key_reused`.",
      ),
    ...practiceLogShape,
  })
  .refine(endNotBeforeStart, endBeforeStart);
export type LogPracticeRequest = z.input<typeof logPracticeRequestSchema>;
export type LogPracticeFields = z.output<typeof logPracticeRequestSchema>;

export const practiceLogEntrySchema = z.object({
  id: z.uuid(),
  kind: practiceKindSchema,
  practiceId: practiceIdSchema,
  poseIds: z.array(poseIdSchema),
  secondsDone: z.int(),
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime(),
  localDate: calendarDateSchema.describe("The owner's local day of `startedAt`."),
  painBefore: zeroToTenSchema.nullable(),
  painAfter: zeroToTenSchema.nullable(),
  effort: z.enum(practiceEfforts).nullable(),
  howItFelt: z.string(),
  isFlareDay: z.boolean().nullable(),
  createdAt: z.iso.datetime(),
});
export type PracticeLogEntry = z.infer<typeof practiceLogEntrySchema>;

export const practiceLogListSchema = z.object({ items: z.array(practiceLogEntrySchema) });

export const practiceLogQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** The weekly target a person sets: minutes a week, spread over some days (it can be a plan goal). */
export const weeklyTargetRequestSchema = z.strictObject({
  minutesPerWeek: z
    .int({ error: "Enter whole minutes." })
    .min(1, "Set at least 1 minute a week.")
    .max(
      practiceLimits.weeklyMinutesMax,
      `Set at most ${practiceLimits.weeklyMinutesMax} minutes a week.`,
    ),
  daysPerWeek: z
    .int({ error: "Enter whole days." })
    .min(1, "Choose 1 to 7 days.")
    .max(7, "Choose 1 to 7 days."),
});
export type WeeklyTargetRequest = z.input<typeof weeklyTargetRequestSchema>;

export const weeklyTargetSchema = weeklyTargetRequestSchema.extend({
  updatedAt: z.iso.datetime().nullable().describe("Null while the starting target is shown."),
});
export type WeeklyTarget = z.infer<typeof weeklyTargetSchema>;

export const painfulRegionChoices = ["gently-last", "skip"] as const;
export type PainfulRegionChoice = (typeof painfulRegionChoices)[number];

const regionIdListQuery = z
  .string()
  .max(2000)
  .regex(/^[a-z0-9,-]*$/, "Choose areas from the body map.")
  .transform((value) => value.split(",").filter((id) => id !== ""))
  .refine((ids) => ids.every(isBodyRegionId), "Choose areas from the body map.");

export const bodyScanQuerySchema = z.object({
  minutes: z.coerce
    .number()
    .int("Whole minutes, please.")
    .min(practiceLimits.guidedMinutesMin, "From 1 to 20 minutes.")
    .max(practiceLimits.guidedMinutesMax, "From 1 to 20 minutes.")
    .default(5),
  painfulRegions: z.enum(painfulRegionChoices).default("gently-last"),
  regionIds: regionIdListQuery
    .optional()
    .describe("Comma-separated body-map region ids to scan; the whole body when absent."),
});

export const routineQuerySchema = z.object({
  minutes: z.coerce
    .number()
    .refine(
      (value) => (routineMinuteChoices as readonly number[]).includes(value),
      "Choose 5, 10 or 15 minutes.",
    )
    .transform((value) => value as RoutineMinutes)
    .default(10)
    .describe("5, 10 or 15."),
});

/** Today's suggestion: what to practise and for how long, with the reason in plain words. */
export const practiceSuggestionSchema = z.object({
  date: calendarDateSchema,
  kind: practiceKindSchema,
  practiceId: practiceIdSchema,
  minutes: z.int().min(1),
  isFlareDay: z.boolean(),
  reason: z.string(),
});
export type PracticeSuggestion = z.infer<typeof practiceSuggestionSchema>;

/** How regularly a person practised over a period, excusing flare and pause days. */
export const consistencySchema = z.object({
  from: calendarDateSchema,
  to: calendarDateSchema,
  practiceDays: z.int().min(0),
  countedDays: z.int().min(0).describe("Days in the period minus excused days."),
  excusedDays: z.int().min(0).describe("Flare or pause days with no practice: not counted."),
  share: z.number().min(0).max(1).describe("practiceDays / countedDays (1 when no day counts)."),
  minutesThisWeek: z.int().min(0),
  weeklyTarget: weeklyTargetSchema,
  summary: z.string().describe("Plain, kind words; never a streak."),
});
export type Consistency = z.infer<typeof consistencySchema>;

export const consistencyQuerySchema = z.object({
  days: z.coerce.number().int().min(7).max(90).default(28),
});
