import type { PainEntryOrigin, RecallPeriod } from "@painplan/core";
import type { JsonText, Timestamp } from "../database/columns.js";

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

declare module "../database/tables.js" {
  interface Tables {
    pain_entries: PainEntriesTable;
    pain_entry_changes: PainEntryChangesTable;
  }
}
