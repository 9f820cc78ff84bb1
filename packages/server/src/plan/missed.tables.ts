import type { MissedReason } from "@painplan/core";
import type { Timestamp } from "../database/columns.js";

/** Why a session was missed, by item and original local start (migration 0102). */
export type PlanMissedReasonsTable = {
  id: string;
  item_id: string;
  user_id: string;
  original_start: string;
  reason: MissedReason;
  note: string;
  /** The user id of whoever entered it (the owner, or a care-team member with write access). */
  entered_by: string;
  entered_at: Timestamp;
};

declare module "../database/tables.js" {
  interface Tables {
    plan_missed_reasons: PlanMissedReasonsTable;
  }
}
