import type { PreSessionAnswers, PreSessionCheckResult } from "@painplan/core";
import type { Database } from "../database/database.js";

/** Pre-session checks, kept for the session log of a later issue. */
export function preSessionCheckRepository(db: Database) {
  return {
    async insert(
      userId: string,
      answers: PreSessionAnswers,
      result: PreSessionCheckResult,
    ): Promise<void> {
      await db
        .insertInto("pre_session_checks")
        .values({
          id: result.id,
          user_id: userId,
          checked_at: result.checkedAt,
          therapy_id: result.therapyId,
          intake_version: result.intakeVersion,
          outcome: result.outcome,
          answers: JSON.stringify(answers),
          result: JSON.stringify(result),
        })
        .execute();
    },
  };
}

export type PreSessionCheckRepository = ReturnType<typeof preSessionCheckRepository>;
