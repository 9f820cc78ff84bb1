import {
  localMomentOf,
  painEntrySchema,
  painScoreFields,
  type PainEntry,
  type PainEntryOrigin,
  type PainEntryValues,
  type RecallPeriod,
} from "@painplan/core";
import type { Insertable, Selectable } from "kysely";
import { z } from "zod";
import type { PainEntriesTable } from "./diary.tables.js";

export type PainEntryRow = Selectable<PainEntriesTable>;

/** A new entry with every column given, none left to a default (the prepared insert binds all). */
export type NewEntryRow = {
  [Column in keyof PainEntriesTable]-?: Insertable<PainEntriesTable>[Column];
};

/** Where the values' time falls for the person, in the zone the entry is kept in. */
function timing(values: PainEntryValues, timeZone: string) {
  const { localDate, localTime } = localMomentOf(values.recordedAt, timeZone);
  return {
    recorded_at: values.recordedAt,
    time_zone: timeZone,
    local_date: localDate,
    local_time: localTime,
  };
}

/** The columns that hold what the person said; each score with its recall period. */
export function valueColumns(values: PainEntryValues, timeZone: string) {
  const recallOf = (value: number | null, period: RecallPeriod) => (value === null ? null : period);
  return {
    ...timing(values, timeZone),
    intensity_now: values.intensityNow,
    intensity_now_recall: painScoreFields.intensityNow.recallPeriod,
    average_intensity: values.averageIntensity,
    average_intensity_recall: recallOf(
      values.averageIntensity,
      painScoreFields.averageIntensity.recallPeriod,
    ),
    worst_intensity: values.worstIntensity,
    worst_intensity_recall: recallOf(
      values.worstIntensity,
      painScoreFields.worstIntensity.recallPeriod,
    ),
    sleep_interference: values.sleepInterference,
    sleep_interference_recall: recallOf(
      values.sleepInterference,
      painScoreFields.sleepInterference.recallPeriod,
    ),
    mood: values.mood,
    mood_recall: recallOf(values.mood, painScoreFields.mood.recallPeriod),
    regions: JSON.stringify(values.regions),
    activity_note: values.activityNote,
    triggers: JSON.stringify(values.triggers),
    helpers: JSON.stringify(values.helpers),
    notes: values.notes,
  } satisfies Partial<Insertable<PainEntriesTable>>;
}

export function newEntryRow(input: {
  id: string;
  userId: string;
  idempotencyKey: string;
  values: PainEntryValues;
  timeZone: string;
  origin: PainEntryOrigin;
  now: string;
}): NewEntryRow {
  return {
    id: input.id,
    user_id: input.userId,
    idempotency_key: input.idempotencyKey,
    ...valueColumns(input.values, input.timeZone),
    origin: input.origin,
    version: 1,
    created_at: input.now,
    updated_at: input.now,
    deleted_at: null,
  };
}

/**
 * The values back out of a row. The JSON columns are not checked again: the server wrote them
 * from bodies its request schemas had checked (re-checking them cost every quick log, bench/).
 */
export function valuesOf(row: PainEntryRow): PainEntryValues {
  return {
    recordedAt: row.recorded_at,
    intensityNow: row.intensity_now,
    averageIntensity: row.average_intensity,
    worstIntensity: row.worst_intensity,
    sleepInterference: row.sleep_interference,
    mood: row.mood,
    regions: JSON.parse(row.regions) as PainEntryValues["regions"],
    triggers: JSON.parse(row.triggers) as string[],
    helpers: JSON.parse(row.helpers) as string[],
    activityNote: row.activity_note,
    notes: row.notes,
  };
}

/**
 * A row as the API's pain entry (downloads go through `checkedPainEntries`). One literal in the
 * contract's order, not a spread of `valuesOf`: a 90-day list makes 180 of them per request.
 */
export function toPainEntry(row: PainEntryRow): PainEntry {
  return {
    id: row.id,
    recordedAt: row.recorded_at,
    timeZone: row.time_zone,
    localDate: row.local_date,
    localTime: row.local_time,
    intensityNow: row.intensity_now,
    averageIntensity: row.average_intensity,
    worstIntensity: row.worst_intensity,
    sleepInterference: row.sleep_interference,
    mood: row.mood,
    regions: JSON.parse(row.regions) as PainEntryValues["regions"],
    activityNote: row.activity_note,
    triggers: JSON.parse(row.triggers) as string[],
    helpers: JSON.parse(row.helpers) as string[],
    notes: row.notes,
    origin: row.origin,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** For downloads, which no response schema checks: every entry checked against the contract. */
export function checkedPainEntries(rows: readonly PainEntryRow[]): PainEntry[] {
  return painEntryListSchema.parse(rows.map(toPainEntry));
}

const painEntryListSchema = z.array(painEntrySchema);
