import {
  diaryLimits,
  instantOfWallTime,
  occurrenceOf,
  painQualityIds,
  resolveWallTime,
  wallTimeOf,
  type CreatePainEntryRequest,
  type FieldError,
  type PainEntry,
  type UpdatePainEntryRequest,
} from "@painplan/core";
import { z } from "zod";
import { unratedRegionProblems } from "../body-map/body-map-selection";
import { countedLength } from "../forms/character-count";
import { normaliseWallTime } from "../forms/clock-time";

const score = z.number().int().min(0).max(10).nullable();

/** What the entry form holds while someone fills it in (kept as a draft across reloads). */
export const entryFormValuesSchema = z.object({
  wallTime: z.string(),
  /** Which 01:30 when the clocks went back and the time happened twice; null otherwise. */
  wallTimeOccurrence: z.enum(["earlier", "later"]).nullable().default(null),
  intensityNow: score,
  averageIntensity: score,
  worstIntensity: score,
  sleepInterference: score,
  mood: score,
  regions: z.array(
    z.object({
      regionId: z.string(),
      intensity: score,
      qualities: z.array(z.enum(painQualityIds)),
    }),
  ),
  activityNote: z.string(),
  triggers: z.array(z.string()),
  helpers: z.array(z.string()),
  notes: z.string(),
});
export type EntryFormValues = z.infer<typeof entryFormValuesSchema>;

export const regionQuestion = "how strong it is now";

/** The form's own error path for "which of the two times?" (the API only sees an instant). */
export const wallTimeOccurrencePath = "recordedAtOccurrence";

/** A new entry: the time is now, the body regions are where it hurt last time. */
export function newEntryValues(
  now: string,
  timeZone: string,
  last: PainEntry | undefined,
): EntryFormValues {
  return {
    wallTime: wallTimeOf(now, timeZone),
    wallTimeOccurrence: occurrenceOf(now, timeZone) ?? null,
    intensityNow: null,
    averageIntensity: null,
    worstIntensity: null,
    sleepInterference: null,
    mood: null,
    regions: (last?.regions ?? []).map((region) => ({
      ...region,
      qualities: [...region.qualities],
    })),
    activityNote: "",
    triggers: [],
    helpers: [],
    notes: "",
  };
}

export function entryValuesFrom(entry: PainEntry): EntryFormValues {
  return {
    wallTime: wallTimeOf(entry.recordedAt, entry.timeZone),
    wallTimeOccurrence: occurrenceOf(entry.recordedAt, entry.timeZone) ?? null,
    intensityNow: entry.intensityNow,
    averageIntensity: entry.averageIntensity,
    worstIntensity: entry.worstIntensity,
    sleepInterference: entry.sleepInterference,
    mood: entry.mood,
    regions: entry.regions.map((region) => ({ ...region, qualities: [...region.qualities] })),
    activityNote: entry.activityNote,
    triggers: [...entry.triggers],
    helpers: [...entry.helpers],
    notes: entry.notes,
  };
}

/**
 * Areas without a number of their own start at "pain right now": newly chosen areas when they
 * are added, and areas still without one when that number is chosen. So "5, Both feet, Save"
 * saves; "Same for all" shows the number and each area can still be changed.
 */
export function withAreaNumbers(previous: EntryFormValues, next: EntryFormValues): EntryFormValues {
  const now = next.intensityNow;
  if (now === null) return next;
  const isNewNumber = previous.intensityNow !== now;
  const wasChosen = new Set(previous.regions.map((mark) => mark.regionId));
  const regions = next.regions.map((mark) =>
    mark.intensity === null && (isNewNumber || !wasChosen.has(mark.regionId))
      ? { ...mark, intensity: now }
      : mark,
  );
  return regions.some((mark, index) => mark !== next.regions[index]) ? { ...next, regions } : next;
}

/** The checks the contract cannot make on a half-filled form: its messages are for people. */
export function entryProblems(values: EntryFormValues, timeZone: string): FieldError[] {
  const problems: FieldError[] = [];
  const wallTime = normaliseWallTime(values.wallTime);
  const resolution = resolveWallTime(wallTime, timeZone);
  if (resolution === undefined) {
    problems.push({
      path: "recordedAt",
      message: "Enter a date and a time on the 24-hour clock, like 14:30.",
    });
  } else if (resolution.kind === "overlap" && values.wallTimeOccurrence === null) {
    problems.push({
      path: wallTimeOccurrencePath,
      message: `Choose which ${wallTime.slice(11)} you mean: it happened twice that night.`,
    });
  }
  if (values.intensityNow === null) {
    problems.push({ path: "intensityNow", message: "Choose a number for your pain right now." });
  }
  const tooLong = (path: "activityNote" | "notes", what: string, max: number) => {
    const over = countedLength(values[path]) - max;
    if (over > 0) {
      problems.push({
        path,
        message: `${what} is ${over.toLocaleString("en-GB")} ${over === 1 ? "character" : "characters"} too long: shorten it to ${max.toLocaleString("en-GB")} or fewer.`,
      });
    }
  };
  const regionProblems = unratedRegionProblems(values.regions, regionQuestion);
  tooLong("activityNote", "What you did", diaryLimits.activityNoteMaxLength);
  tooLong("notes", "The note", diaryLimits.notesMaxLength);
  return [...problems, ...regionProblems];
}

type EntryFields = Omit<CreatePainEntryRequest, "idempotencyKey">;

/** Every field of the entry as the API takes it; call after `entryProblems` found none. */
export function entryFieldsFrom(values: EntryFormValues, timeZone: string): EntryFields {
  return {
    recordedAt:
      instantOfWallTime(
        normaliseWallTime(values.wallTime),
        timeZone,
        values.wallTimeOccurrence ?? "earlier",
      ) ?? "",
    intensityNow: values.intensityNow ?? 0,
    averageIntensity: values.averageIntensity,
    worstIntensity: values.worstIntensity,
    sleepInterference: values.sleepInterference,
    mood: values.mood,
    regions: values.regions.map((mark) => ({
      regionId: mark.regionId,
      intensity: mark.intensity ?? 0,
      qualities: [...mark.qualities],
    })),
    activityNote: values.activityNote.trim(),
    triggers: values.triggers,
    helpers: values.helpers,
    notes: values.notes.trim(),
  };
}

/**
 * An edit sends only what changed, so the entry's history shows the real change (and an
 * unchanged time is not re-sent rounded to the minute). Undefined when nothing changed.
 */
export function entryUpdateFrom(
  values: EntryFormValues,
  original: PainEntry,
): UpdatePainEntryRequest | undefined {
  const before = entryFieldsFrom(entryValuesFrom(original), original.timeZone);
  const after = entryFieldsFrom(values, original.timeZone);
  const changed = (Object.keys(after) as (keyof EntryFields)[]).filter(
    (field) => JSON.stringify(after[field]) !== JSON.stringify(before[field]),
  );
  if (changed.length === 0) return undefined;
  return Object.fromEntries(changed.map((field) => [field, after[field]]));
}
