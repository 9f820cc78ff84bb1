import type { PainEntryOrigin, RecallPeriod } from "@painplan/core";

/** A UTC instant as an ISO 8601 string with milliseconds and "Z" (see database/schema.ts). */
type Timestamp = string;
/** JSON text, checked against a contract schema when read. */
type JsonText = string;

export type PainProfilesTable = {
  user_id: string;
  causes: JsonText;
  medications: JsonText;
  other_treatments: JsonText;
  regions: JsonText;
  updated_at: Timestamp;
};

export type PainEntriesTable = {
  id: string;
  user_id: string;
  idempotency_key: string;
  recorded_at: Timestamp;
  /** The person's time zone when the entry was recorded; `local_*` are computed in it. */
  time_zone: string;
  local_date: string;
  local_time: string;
  intensity_now: number;
  intensity_now_recall: RecallPeriod;
  average_intensity: number | null;
  average_intensity_recall: RecallPeriod | null;
  worst_intensity: number | null;
  worst_intensity_recall: RecallPeriod | null;
  sleep_interference: number | null;
  sleep_interference_recall: RecallPeriod | null;
  mood: number | null;
  mood_recall: RecallPeriod | null;
  regions: JsonText;
  activity_note: string;
  triggers: JsonText;
  helpers: JsonText;
  notes: string;
  origin: PainEntryOrigin;
  /** 1 when created, +1 with each edit or deletion. */
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  deleted_at: Timestamp | null;
};

export type PainEntryChangesTable = {
  id: string;
  entry_id: string;
  user_id: string;
  /** The entry's version this change produced. */
  version: number;
  at: Timestamp;
  actor_id: string;
  action: "updated" | "deleted";
  changes: JsonText;
};

/**
 * The diary area's tables (Kysely types). Timestamps are ISO 8601 UTC strings, like every
 * table (see database/schema.ts).
 */
export type DiaryTables = {
  pain_profiles: PainProfilesTable;
  pain_entries: PainEntriesTable;
  pain_entry_changes: PainEntryChangesTable;
};
