import type { NewResponseRow } from "../questionnaires/questionnaire-responses.repository.js";
import type { Database } from "../database/database.js";
import type { WriteTransactions } from "../database/group-commit.js";
import type { CareTeamExaminationsTable } from "./care-team.tables.js";

/** What the care team reads of other areas' tables, and the examination record it writes. */
export function careTeamRecordsRepository(db: Database, writes: WriteTransactions) {
  return {
    /** "Pain now" of the owner's diary entries from `fromDate` (a local day) on, not deleted. */
    diaryPoints(ownerId: string, fromDate: string) {
      return db
        .selectFrom("pain_entries")
        .select(["local_date as localDate", "intensity_now as intensityNow"])
        .where("user_id", "=", ownerId)
        .where("local_date", ">=", fromDate)
        .where("deleted_at", "is", null)
        .execute();
    },

    /** A clinician's full DN4 and who entered it, in one transaction. */
    async insertExamination(
      response: NewResponseRow,
      examination: CareTeamExaminationsTable,
    ): Promise<void> {
      await writes.run(async (trx) => {
        await trx.insertInto("questionnaire_responses").values(response).execute();
        await trx.insertInto("care_team_examinations").values(examination).execute();
      });
    },

    async enteredBy(responseId: string) {
      return db
        .selectFrom("care_team_examinations")
        .select("practitioner_id")
        .where("response_id", "=", responseId)
        .executeTakeFirst();
    },
  };
}

export type CareTeamRecordsRepository = ReturnType<typeof careTeamRecordsRepository>;
