import type { FollowUpComparison, FollowUpDueAfter, Pressure } from "@painplan/core";
import type { JsonText, Timestamp } from "../database/columns.js";

/** One logged therapy session; lists and pain per region are JSON text. */
export type TherapySessionsTable = {
  id: string;
  user_id: string;
  /** Who logged it: the owner, or a practitioner with a write grant. */
  entered_by: string;
  idempotency_key: string;
  started_at: Timestamp;
  ended_at: Timestamp;
  duration_minutes: number;
  /** The owner's zone when logged, and the session's local day in it. */
  time_zone: string;
  local_date: string;
  therapy_id: string | null;
  custom_name: string | null;
  plan_item_id: string | null;
  /** The planned occurrence's original local start (its RECURRENCE-ID). */
  occurrence_start: string | null;
  practitioner: string;
  techniques: JsonText;
  pressure: Pressure | null;
  areas: JsonText;
  pain_before: number | null;
  pain_after: number | null;
  region_pain: JsonText | null;
  how_it_felt: string;
  side_effects: JsonText;
  side_effect_note: string;
  safety_check_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  deleted_at: Timestamp | null;
};

/** A follow-up of a session, unanswered until `answered_at`. */
export type SessionFollowUpsTable = {
  session_id: string;
  due_after: FollowUpDueAfter;
  user_id: string;
  due_at: Timestamp;
  pain_now: number | null;
  compared_with_before: FollowUpComparison | null;
  note: string | null;
  answered_at: Timestamp | null;
};

declare module "../database/tables.js" {
  interface Tables {
    therapy_sessions: TherapySessionsTable;
    session_follow_ups: SessionFollowUpsTable;
  }
}
