import type { CreatePainEntry, UpdatePainEntry } from "./diary.schema.js";
import type { PainRegion } from "../pain-scores/pain-scores.schema.js";

/** What a person said in one pain entry: the editable part, without ids and bookkeeping. */
export type PainEntryValues = {
  recordedAt: string;
  intensityNow: number;
  averageIntensity: number | null;
  worstIntensity: number | null;
  sleepInterference: number | null;
  mood: number | null;
  regions: PainRegion[];
  activityNote: string;
  triggers: string[];
  helpers: string[];
  notes: string;
};

export type PainEntryField = keyof PainEntryValues;

/** An entry with only a time and "intensity now"; everything else empty. */
export function minimalPainEntryValues(intensityNow: number, recordedAt: string): PainEntryValues {
  return {
    recordedAt,
    intensityNow,
    averageIntensity: null,
    worstIntensity: null,
    sleepInterference: null,
    mood: null,
    regions: [],
    activityNote: "",
    triggers: [],
    helpers: [],
    notes: "",
  };
}

/** A full entry as sent; what was left out is empty. */
export function newPainEntryValues(body: CreatePainEntry, now: string): PainEntryValues {
  return {
    recordedAt: body.recordedAt ?? now,
    intensityNow: body.intensityNow,
    averageIntensity: body.averageIntensity ?? null,
    worstIntensity: body.worstIntensity ?? null,
    sleepInterference: body.sleepInterference ?? null,
    mood: body.mood ?? null,
    regions: body.regions ?? [],
    activityNote: body.activityNote ?? "",
    triggers: body.triggers ?? [],
    helpers: body.helpers ?? [],
    notes: body.notes ?? "",
  };
}

function copyRegions(regions: readonly PainRegion[]): PainRegion[] {
  return regions.map((region) => ({ ...region, qualities: [...region.qualities] }));
}

/**
 * A quick log: only "intensity now" is new; the body regions (with their intensities and
 * qualities) are copied from the last entry, since where it hurts rarely changes hour to hour.
 */
export function quickLogValues(
  intensityNow: number,
  recordedAt: string,
  last: Pick<PainEntryValues, "regions"> | undefined,
): PainEntryValues {
  return {
    ...minimalPainEntryValues(intensityNow, recordedAt),
    regions: copyRegions(last?.regions ?? []),
  };
}

/**
 * A stable day ("same as last time"): every score and region of the last entry, at a new time.
 * Notes, the activity note and tags describe that day's events, so they are not repeated.
 */
export function stableDayValues(last: PainEntryValues, recordedAt: string): PainEntryValues {
  return {
    ...last,
    recordedAt,
    regions: copyRegions(last.regions),
    activityNote: "",
    triggers: [],
    helpers: [],
    notes: "",
  };
}

/** The entry after an edit: fields sent replace the old ones, `null` clears an optional score. */
export function applyPainEntryUpdate(
  current: PainEntryValues,
  update: UpdatePainEntry,
): PainEntryValues {
  const next = { ...current };
  for (const [field, value] of Object.entries(update) as [PainEntryField, unknown][]) {
    if (value !== undefined) Object.assign(next, { [field]: value });
  }
  return next;
}

export type FieldChange = { field: PainEntryField; before: unknown; after: unknown };

/** What an edit changed, field by field, in the order of `PainEntryValues`. */
export function painEntryChanges(before: PainEntryValues, after: PainEntryValues): FieldChange[] {
  return (Object.keys(before) as PainEntryField[])
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}
