import { z } from "zod";
import { diaryLimits } from "./diary-limits.js";
import { normalizeTag, uniqueTags } from "./tags.js";
import { userIdParamsSchema } from "../api/path-params.schema.js";
import { pageOf, pageQuerySchema } from "../api/pagination.schema.js";
import { painScoreRecallPeriods } from "../pain-scores/pain-score-fields.js";
import {
  intensitySchema,
  painRegionListSchema,
  painScoreMeta,
  recallPeriodSchema,
  zeroToTenSchema,
} from "../pain-scores/pain-scores.schema.js";
import { personText } from "../text/text.schema.js";
import { calendarDateSchema, recordedAtSchema } from "../time/time.schema.js";

const { notesMaxLength, activityNoteMaxLength, tagMaxLength, tagsPerEntryMax } = diaryLimits;

// Multi-line is allowed only because the spacing rule (normalizeTag) makes one line of it.
const tagSchema = personText({
  maxLength: tagMaxLength,
  label: "A tag",
  minLength: 1,
  isTrimmed: true,
  isMultiline: true,
}).transform(normalizeTag);

const tagListSchema = z
  .array(tagSchema)
  .max(tagsPerEntryMax, `Use at most ${tagsPerEntryMax} tags.`)
  .transform(uniqueTags);

function textUpTo(maxLength: number, what: string) {
  return personText({ maxLength, label: what, isMultiline: true });
}

/**
 * Everything a person can say in a pain entry; `intensityNow` alone is required. The same
 * schemas describe requests and responses: a score is a 0–10 number both ways.
 */
const painEntryFields = {
  recordedAt: recordedAtSchema,
  intensityNow: intensitySchema.meta(painScoreMeta("intensityNow")),
  averageIntensity: zeroToTenSchema.nullable().meta(painScoreMeta("averageIntensity")),
  worstIntensity: zeroToTenSchema.nullable().meta(painScoreMeta("worstIntensity")),
  sleepInterference: zeroToTenSchema.nullable().meta(painScoreMeta("sleepInterference")),
  mood: zeroToTenSchema.nullable().meta(painScoreMeta("mood")),
  regions: painRegionListSchema,
  activityNote: textUpTo(activityNoteMaxLength, "The activity note").describe(
    `What the pain let you do or stopped you doing (at most ${activityNoteMaxLength} characters).`,
  ),
  triggers: tagListSchema.describe(
    `What seemed to make it worse: up to ${tagsPerEntryMax} short tags (${tagMaxLength} characters each), reusable.`,
  ),
  helpers: tagListSchema.describe(
    `What seemed to help: up to ${tagsPerEntryMax} short tags (${tagMaxLength} characters each), reusable.`,
  ),
  notes: textUpTo(notesMaxLength, "The note").describe(
    `Free notes (at most ${notesMaxLength} characters).`,
  ),
};

const idempotencyKeySchema = z
  .uuid("Send a new random UUID with each new entry.")
  .describe(
    "A UUID the client makes once per entry. Sending the same key again (a retry) returns the entry already saved instead of a second one; a different request under a used key gets 409 `idempotency_key_reused`.",
  );

export const createPainEntryRequestSchema = z.strictObject({
  idempotencyKey: idempotencyKeySchema,
  ...painEntryFields,
  recordedAt: painEntryFields.recordedAt.optional().describe("Defaults to now."),
  averageIntensity: painEntryFields.averageIntensity.optional(),
  worstIntensity: painEntryFields.worstIntensity.optional(),
  sleepInterference: painEntryFields.sleepInterference.optional(),
  mood: painEntryFields.mood.optional(),
  regions: painEntryFields.regions.optional(),
  activityNote: painEntryFields.activityNote.optional(),
  triggers: painEntryFields.triggers.optional(),
  helpers: painEntryFields.helpers.optional(),
  notes: painEntryFields.notes.optional(),
});
export type CreatePainEntryRequest = z.input<typeof createPainEntryRequestSchema>;
export type CreatePainEntry = z.output<typeof createPainEntryRequestSchema>;

/** Changes to an entry: only the fields sent change; `null` clears an optional score. */
export const updatePainEntryRequestSchema = z
  .strictObject(painEntryFields)
  .partial()
  .refine((body) => Object.keys(body).length > 0, { error: "Change at least one field." });
export type UpdatePainEntryRequest = z.input<typeof updatePainEntryRequestSchema>;
export type UpdatePainEntry = z.output<typeof updatePainEntryRequestSchema>;

export const quickLogRequestSchema = z.strictObject({
  idempotencyKey: idempotencyKeySchema,
  intensityNow: painEntryFields.intensityNow,
  recordedAt: painEntryFields.recordedAt.optional().describe("Defaults to now."),
});
export type QuickLogRequest = z.input<typeof quickLogRequestSchema>;

export const stableDayRequestSchema = z.strictObject({
  idempotencyKey: idempotencyKeySchema,
  recordedAt: painEntryFields.recordedAt.optional().describe("Defaults to now."),
});
export type StableDayRequest = z.input<typeof stableDayRequestSchema>;

export const painEntryOrigins = ["entry", "quick-log", "stable-day"] as const;
export type PainEntryOrigin = (typeof painEntryOrigins)[number];

export const painEntrySchema = z.object({
  id: z.uuid(),
  recordedAt: z.iso.datetime().describe("The UTC instant the entry is about."),
  timeZone: z.string().describe("The person's time zone when the entry was recorded."),
  localDate: calendarDateSchema.describe("The entry's day (YYYY-MM-DD) in `timeZone`."),
  localTime: z.string().describe("The entry's clock time (HH:mm, 24-hour) in `timeZone`."),
  intensityNow: painEntryFields.intensityNow,
  averageIntensity: painEntryFields.averageIntensity,
  worstIntensity: painEntryFields.worstIntensity,
  sleepInterference: painEntryFields.sleepInterference,
  mood: painEntryFields.mood,
  regions: painRegionListSchema.describe(
    "Where it hurts; region intensities share the entry's `now` recall period.",
  ),
  activityNote: z.string(),
  triggers: z.array(z.string()),
  helpers: z.array(z.string()),
  notes: z.string(),
  origin: z
    .enum(painEntryOrigins)
    .describe("How it was made: a full entry, a quick log, or a stable day."),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type PainEntry = z.infer<typeof painEntrySchema>;

export const painEntryParamsSchema = userIdParamsSchema.extend({
  entryId: z.uuid("Not a valid id."),
});

const dateRangeFields = {
  fromDate: calendarDateSchema.optional().describe("First local day to include (YYYY-MM-DD)."),
  toDate: calendarDateSchema.optional().describe("Last local day to include (YYYY-MM-DD)."),
};

function isOrderedRange(range: { fromDate?: string | undefined; toDate?: string | undefined }) {
  return (
    range.fromDate === undefined || range.toDate === undefined || range.fromDate <= range.toDate
  );
}
const rangeOrderIssue = { error: "The first day must not be after the last.", path: ["toDate"] };

/**
 * Newest first. `from`/`to` filter by UTC instant, `fromDate`/`toDate` by the entry's local day
 * (inclusive); both may be combined.
 */
export const painEntryListQuerySchema = pageQuerySchema
  .extend(dateRangeFields)
  .refine(isOrderedRange, rangeOrderIssue);
export const painEntryPageSchema = pageOf(painEntrySchema);
export type PainEntryPage = z.infer<typeof painEntryPageSchema>;

export const painEntryChangeActions = ["created", "updated", "deleted"] as const;

export const painEntryChangeSchema = z.object({
  at: z.iso.datetime(),
  actorId: z.uuid().describe("Who made the change."),
  action: z.enum(painEntryChangeActions),
  changes: z
    .array(
      z.object({
        field: z.string().describe("A field of the pain entry, e.g. `intensityNow`."),
        before: z.unknown().describe("The value before the change (null if it had none)."),
        after: z.unknown().describe("The value after the change (null if cleared)."),
      }),
    )
    .describe("What changed; empty for `created` and `deleted`."),
});
export type PainEntryChange = z.infer<typeof painEntryChangeSchema>;

/** Oldest first; kept after the entry is deleted, until the account is erased. */
export const painEntryHistorySchema = z.object({
  entryId: z.uuid(),
  isDeleted: z.boolean(),
  changes: z.array(painEntryChangeSchema),
});
export type PainEntryHistory = z.infer<typeof painEntryHistorySchema>;

const tagUseSchema = z.object({ tag: z.string(), uses: z.int().min(1) });
export const diaryTagsSchema = z.object({
  triggers: z.array(tagUseSchema).describe("The person's trigger tags, most used first."),
  helpers: z.array(tagUseSchema).describe("The person's helper tags, most used first."),
});
export type DiaryTags = z.infer<typeof diaryTagsSchema>;

export const diaryExportQuerySchema = z
  .strictObject(dateRangeFields)
  .refine(isOrderedRange, rangeOrderIssue);

export const diaryExportFormat = "painplan-diary/2";

/** The JSON export file (`GET .../diary/export.json`): every entry in the range, oldest first. */
export const diaryExportSchema = z.object({
  format: z
    .literal(diaryExportFormat)
    .describe("Version 2: scores are plain numbers, their recall periods in `recallPeriods`."),
  exportedAt: z.iso.datetime(),
  timeZone: z.string().describe("The person's time zone at the time of export."),
  recallPeriods: z
    .object(
      Object.fromEntries(
        Object.keys(painScoreRecallPeriods).map((name) => [name, recallPeriodSchema]),
      ) as Record<keyof typeof painScoreRecallPeriods, typeof recallPeriodSchema>,
    )
    .describe("The time span each score describes, e.g. `averageIntensity`: `last-24h`."),
  entries: z.array(painEntrySchema),
});
export type DiaryExport = z.infer<typeof diaryExportSchema>;
