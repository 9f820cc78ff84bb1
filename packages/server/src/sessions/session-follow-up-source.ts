import { followUpDueAfters } from "@painplan/core";
import type { Database } from "../database/database.js";
import type { SessionFollowUpSource } from "../reminders/reminder-job-dependencies.js";
import { therapySessionsRepository as sessions } from "./therapy-sessions.repository.js";
import { isoInstant } from "./session-rows.js";

/** What the reminders' jobs read of the session log (see `SessionFollowUpSource`). */
export function sessionFollowUpSource(db: Database): SessionFollowUpSource {
  return {
    async pendingDueAt(userId, sessionId, dueAfter) {
      const which = followUpDueAfters.find((value) => value === dueAfter);
      if (which === undefined) return undefined;
      const row = await sessions.followUp(db, userId, sessionId, which);
      if (row === undefined || row.answered_at !== null) return undefined;
      return isoInstant(row.due_at);
    },
    async loggedOccurrences(userId, fromIso, toIso) {
      const rows = await sessions.loggedOccurrences(db, userId, fromIso, toIso);
      return new Set(rows.map((row) => `${row.plan_item_id ?? ""}|${row.occurrence_start ?? ""}`));
    },
  };
}
