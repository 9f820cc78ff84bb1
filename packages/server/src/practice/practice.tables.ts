import type { PracticeEffort, PracticeKind, PracticeId } from "@painplan/core";
import type { JsonText, Timestamp } from "../database/columns.js";

/** One row per practice a person recorded (issue 15); never edited. */
export type PracticeLogTable = {
  id: string;
  user_id: string;
  /** The client's key for this practice (a retry finds the entry); null before keys existed. */
  idempotency_key: string | null;
  kind: PracticeKind;
  practice_id: PracticeId;
  /** JSON array of pose ids (routines only; `[]` otherwise). */
  pose_ids: JsonText;
  seconds_done: number;
  started_at: Timestamp;
  ended_at: Timestamp;
  /** The owner's zone when recorded, and the local day of `started_at` in it. */
  time_zone: string;
  local_date: string;
  pain_before: number | null;
  pain_after: number | null;
  effort: PracticeEffort | null;
  how_it_felt: string;
  /** 1 = the person said it is a flare day, 0 = said it is not, null = not said. */
  is_flare_day: number | null;
  created_at: Timestamp;
};

/** One row per person who set a weekly practice target. */
export type PracticeTargetsTable = {
  user_id: string;
  minutes_per_week: number;
  days_per_week: number;
  updated_at: Timestamp;
};

declare module "../database/tables.js" {
  interface Tables {
    practice_log: PracticeLogTable;
    practice_targets: PracticeTargetsTable;
  }
}
