import { z } from "zod";
import { userIdParamsSchema } from "../api/path-params.schema.js";
import { pageOf, pageQuerySchema } from "../api/pagination.schema.js";
import { sessionChargeInputSchema, sessionChargeSchema } from "../costs/charge.schema.js";
import { zeroToTenSchema } from "../pain-scores/pain-scores.schema.js";
import { pressures } from "../plan/plan-item.schema.js";
import { localWallTimeSchema } from "../plan/schedule.schema.js";
import { therapyIdFieldSchema } from "../safety/safety-assessment.schema.js";
import { bodyRegionIdSchema, regionIdListSchema } from "../safety/safety-intake.schema.js";
import { personText } from "../text/text.schema.js";
import { calendarDateSchema, recordedAtSchema } from "../time/time.schema.js";
import { sessionLimits as L } from "./session-limits.js";

const oneLine = (maxLength: number, label: string, minLength = 0) =>
  personText({ maxLength, label, minLength, isTrimmed: true });

/** Side effects a person may report after a session ("other" comes with a few words). */
export const sideEffectKinds = ["soreness", "bruising", "flare", "dizziness", "other"] as const;
export type SideEffectKind = (typeof sideEffectKinds)[number];

/** Follow-ups ask twice: a day and two days after the session's end. */
export const followUpDueAfters = ["24h", "48h"] as const;
export type FollowUpDueAfter = (typeof followUpDueAfters)[number];

/** "Compared with before the session": how the pain is now. */
export const followUpComparisons = ["better", "same", "worse"] as const;
export type FollowUpComparison = (typeof followUpComparisons)[number];

const painScore = zeroToTenSchema.nullable();

/** Pain in one body region before and after the session (when the person wants that detail). */
export const regionPainSchema = z.strictObject({
  regionId: bodyRegionIdSchema,
  before: painScore.describe("0–10 before the session, or null."),
  after: painScore.describe("0–10 after the session, or null."),
});
export type RegionPain = z.infer<typeof regionPainSchema>;

const regionPainListSchema = z
  .array(regionPainSchema)
  .max(L.regionPainMax)
  .refine((list) => new Set(list.map((region) => region.regionId)).size === list.length, {
    error: "An area is listed twice.",
  });

const techniqueSchema = oneLine(L.techniqueMaxLength, "A technique", 1);

/** What a person can say about one session; the time, length and therapy are required. */
const sessionFields = {
  startedAt: recordedAtSchema.describe("When the session began (ISO 8601 instant, stored as UTC)."),
  durationMinutes: z
    .int({ error: `Enter the length in whole minutes, 1 to ${L.durationMinutesMax}.` })
    .min(1, `A session lasts at least 1 minute.`)
    .max(L.durationMinutesMax, `A session lasts at most ${L.durationMinutesMax / 60} hours.`)
    .describe(`Length in minutes (1–${L.durationMinutesMax}).`),
  therapyId: therapyIdFieldSchema
    .nullable()
    .describe("A therapy from the library, or null for a custom one (then `customName`)."),
  customName: oneLine(L.customNameMaxLength, "The name", 1)
    .nullable()
    .describe("The name of a therapy not in the library; null for a library therapy."),
  practitioner: oneLine(L.practitionerMaxLength, "The practitioner"),
  techniques: z
    .array(techniqueSchema)
    .max(L.techniquesMax, `List at most ${L.techniquesMax} techniques.`),
  pressure: z.enum(pressures, { error: "Choose light, medium or firm." }).nullable(),
  areas: regionIdListSchema.describe("Body-map areas worked on."),
  painBefore: painScore.describe("Pain 0–10 just before the session, or null."),
  painAfter: painScore.describe("Pain 0–10 just after the session, or null."),
  regionPain: regionPainListSchema
    .nullable()
    .describe("Pain per body region before and after, when the person wants that detail."),
  howItFelt: personText({
    maxLength: L.howItFeltMaxLength,
    label: "How it felt",
    isMultiline: true,
  }),
  sideEffects: z
    .array(
      z.enum(sideEffectKinds, { error: "Choose soreness, bruising, flare, dizziness or other." }),
    )
    .max(sideEffectKinds.length)
    .refine((list) => new Set(list).size === list.length, {
      error: "A side effect is listed twice.",
    }),
  sideEffectNote: oneLine(L.sideEffectNoteMaxLength, "The side-effect note").describe(
    "A few words about the side effect (for `other`, or any detail).",
  ),
  safetyCheckId: z
    .uuid("Not a valid id.")
    .nullable()
    .describe("The pre-session safety check done before this session, or null."),
};

const oneOfTherapyOrName = {
  error: "Choose a therapy from the library or give the session a name (one of the two).",
  path: ["therapyId"],
};

const idempotencyKeySchema = z
  .uuid("Send a new random UUID with each new session.")
  .describe(
    "A UUID the client makes once per session. The same key again (a retry) returns the session already saved; a different request under a used key gets 409 `idempotency_key_reused`.",
  );

/** Logging a session, planned (with `planItemId` and `occurrenceStart`) or not. */
export const logSessionRequestSchema = z
  .strictObject({
    idempotencyKey: idempotencyKeySchema,
    startedAt: sessionFields.startedAt,
    durationMinutes: sessionFields.durationMinutes,
    therapyId: sessionFields.therapyId.optional().default(null),
    customName: sessionFields.customName.optional().default(null),
    planItemId: z
      .uuid("Not a valid id.")
      .nullable()
      .optional()
      .default(null)
      .describe("The plan item this session was planned by, or null."),
    occurrenceStart: localWallTimeSchema
      .nullable()
      .optional()
      .default(null)
      .describe("The planned occurrence's original local start (with `planItemId`)."),
    practitioner: sessionFields.practitioner.optional().default(""),
    techniques: sessionFields.techniques.optional().default([]),
    pressure: sessionFields.pressure.optional().default(null),
    areas: sessionFields.areas.optional().default([]),
    painBefore: sessionFields.painBefore.optional().default(null),
    painAfter: sessionFields.painAfter.optional().default(null),
    regionPain: sessionFields.regionPain.optional().default(null),
    howItFelt: sessionFields.howItFelt.optional().default(""),
    sideEffects: sessionFields.sideEffects.optional().default([]),
    sideEffectNote: sessionFields.sideEffectNote.optional().default(""),
    safetyCheckId: sessionFields.safetyCheckId.optional().default(null),
    charge: sessionChargeInputSchema
      .nullable()
      .optional()
      .default(null)
      .describe("What it cost (stored by the costs area), or null."),
  })
  .refine((body) => (body.therapyId === null) !== (body.customName === null), oneOfTherapyOrName)
  .refine((body) => (body.planItemId === null) === (body.occurrenceStart === null), {
    error: "A planned session names both the plan item and the session's planned start.",
    path: ["occurrenceStart"],
  });
export type LogSessionRequest = z.input<typeof logSessionRequestSchema>;
export type LogSession = z.output<typeof logSessionRequestSchema>;

/**
 * Changes to a logged session: only the fields sent change. A `charge` replaces the saved one
 * (a package session it drew is given back first); null removes it.
 */
export const updateSessionRequestSchema = z
  .strictObject({
    ...sessionFields,
    charge: sessionChargeInputSchema
      .nullable()
      .describe("What it cost, replacing the saved charge; null removes it."),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { error: "Change at least one field." });
export type UpdateSessionRequest = z.input<typeof updateSessionRequestSchema>;
export type UpdateSession = z.output<typeof updateSessionRequestSchema>;

export const followUpAnswerSchema = z.object({
  painNow: zeroToTenSchema,
  comparedWithBefore: z.enum(followUpComparisons),
  note: z.string(),
  answeredAt: z.iso.datetime().describe("When it was answered (the real time, late or not)."),
  isLate: z.boolean().describe("Answered more than a day after it was due."),
});
export type FollowUpAnswer = z.infer<typeof followUpAnswerSchema>;

export const followUpSchema = z.object({
  sessionId: z.uuid(),
  dueAfter: z.enum(followUpDueAfters),
  dueAt: z.iso.datetime().describe("24 or 48 hours after the session's end."),
  answer: followUpAnswerSchema.nullable(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const therapySessionSchema = z.object({
  id: z.uuid(),
  enteredBy: z.uuid().describe("Who logged it: the person, or a practitioner they allowed."),
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime(),
  timeZone: z.string().describe("The owner's zone the local day and time are in."),
  localDate: calendarDateSchema,
  localTime: z.string().describe("HH:mm in `timeZone`."),
  durationMinutes: z.int(),
  therapyId: therapyIdFieldSchema.nullable(),
  customName: z.string().nullable(),
  title: z.string().describe("The library therapy's name, or the custom name."),
  planItemId: z.uuid().nullable(),
  occurrenceStart: z.string().nullable(),
  practitioner: z.string(),
  techniques: z.array(z.string()),
  pressure: z.enum(pressures).nullable(),
  areas: z.array(z.string()),
  painBefore: painScore,
  painAfter: painScore,
  regionPain: z.array(regionPainSchema).nullable(),
  howItFelt: z.string(),
  sideEffects: z.array(z.enum(sideEffectKinds)),
  sideEffectNote: z.string(),
  safetyCheckId: z.uuid().nullable(),
  charge: sessionChargeSchema.nullable(),
  followUps: z.array(followUpSchema),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TherapySession = z.infer<typeof therapySessionSchema>;

export const sessionParamsSchema = userIdParamsSchema.extend({
  sessionId: z.uuid("Not a valid id."),
});

export const followUpParamsSchema = sessionParamsSchema.extend({
  dueAfter: z.enum(followUpDueAfters, { error: "Choose 24h or 48h." }),
});

export const followUpAnswerRequestSchema = z.strictObject({
  painNow: zeroToTenSchema.describe("Pain now, 0–10."),
  comparedWithBefore: z
    .enum(followUpComparisons, { error: "Choose better, same or worse." })
    .describe("Compared with before the session."),
  note: personText({ maxLength: L.followUpNoteMaxLength, label: "The note", isMultiline: true })
    .optional()
    .default(""),
});
export type FollowUpAnswerRequest = z.input<typeof followUpAnswerRequestSchema>;

/** A follow-up waiting for an answer, with what the Today card shows. */
export const dueFollowUpSchema = followUpSchema.extend({
  title: z.string(),
  startedAt: z.iso.datetime(),
  localDate: calendarDateSchema.describe("The session's day in the owner's zone."),
  painBefore: painScore,
});
export type DueFollowUp = z.infer<typeof dueFollowUpSchema>;

export const dueFollowUpsSchema = z.object({ followUps: z.array(dueFollowUpSchema) });
export type DueFollowUps = z.infer<typeof dueFollowUpsSchema>;

export const sessionListQuerySchema = pageQuerySchema;
export const sessionPageSchema = pageOf(therapySessionSchema);
export type SessionPage = z.infer<typeof sessionPageSchema>;

export const sessionDefaultsQuerySchema = z.strictObject({
  itemId: z.uuid("Not a valid id."),
  originalStart: localWallTimeSchema.describe("The occurrence's original local start."),
});

/** What the log form starts from for a planned occurrence. */
export const sessionDefaultsSchema = z.object({
  planItemId: z.uuid(),
  occurrenceStart: z.string(),
  startedAt: z.iso.datetime().describe("The occurrence's start (moved when it was moved)."),
  durationMinutes: z.int(),
  therapyId: therapyIdFieldSchema.nullable(),
  customName: z.string().nullable(),
  title: z.string(),
  practitioner: z.string(),
  pressure: z.enum(pressures).nullable(),
  areas: z.array(z.string()),
  usualPrice: sessionChargeSchema.shape.price
    .nullable()
    .describe("What the last session of this item cost, or null."),
  loggedSessionId: z
    .uuid()
    .nullable()
    .describe("The session already logged for this occurrence, or null."),
});
export type SessionDefaults = z.infer<typeof sessionDefaultsSchema>;

export const sessionExportQuerySchema = z
  .strictObject({
    fromDate: calendarDateSchema.optional().describe("First local day to include."),
    toDate: calendarDateSchema.optional().describe("Last local day to include."),
  })
  .refine(
    (range) =>
      range.fromDate === undefined || range.toDate === undefined || range.fromDate <= range.toDate,
    { error: "The first day must not be after the last.", path: ["toDate"] },
  );

export const sessionExportFormat = "painplan-sessions/1";

export const sessionExportSchema = z.object({
  format: z.literal(sessionExportFormat),
  exportedAt: z.iso.datetime(),
  timeZone: z.string(),
  sessions: z.array(therapySessionSchema),
});
export type SessionExport = z.infer<typeof sessionExportSchema>;
