import type { Queryable } from "./plans.repository.js";

/**
 * What goals read from other areas' tables, read-only: pain entries of the diary (their local
 * day and scores, the fields `goalProgress` needs) and the owner's zone. Plain reads of the
 * tables, so the plan area does not reach into the diary's services.
 */
export const planReadingsRepository = {
  /** Live pain entries between two local days (inclusive), oldest first. */
  painEntries(db: Queryable, userId: string, fromDate: string, toDate: string) {
    return db
      .selectFrom("pain_entries")
      .select(["local_date", "intensity_now"])
      .where("user_id", "=", userId)
      .where("deleted_at", "is", null)
      .where("local_date", ">=", fromDate)
      .where("local_date", "<=", toDate)
      .orderBy("recorded_at", "asc")
      .execute();
  },

  /** PEG scores (the mean of its three 0–10 items) since an instant, oldest first. */
  pegScores(db: Queryable, userId: string, sinceInstant: string) {
    return db
      .selectFrom("questionnaire_responses")
      .select(["authored_at", "score"])
      .where("user_id", "=", userId)
      .where("instrument_id", "=", "peg")
      .where("authored_at", ">=", sinceInstant)
      .orderBy("authored_at", "asc")
      .execute();
  },

  /** When the person's plan sessions were actually held (every plan, archived ones too). */
  heldSessions(db: Queryable, userId: string) {
    return db
      .selectFrom("plan_occurrence_exceptions")
      .select(["held_at", "original_start"])
      .where("user_id", "=", userId)
      .where("kind", "=", "held")
      .execute();
  },

  /** Minutes of practice (issue 15's log) by the local day each practice started, between two local days (inclusive). */
  async practiceMinutes(db: Queryable, userId: string, fromDate: string, toDate: string) {
    const rows = await db
      .selectFrom("practice_log")
      .select(["local_date", "seconds_done"])
      .where("user_id", "=", userId)
      .where("local_date", ">=", fromDate)
      .where("local_date", "<=", toDate)
      .execute();
    return rows.map((row) => ({ localDate: row.local_date, minutes: row.seconds_done / 60 }));
  },

  /** The person's IANA zone (undefined for no such person). */
  async timeZoneOf(db: Queryable, userId: string) {
    const row = await db
      .selectFrom("users")
      .select("time_zone")
      .where("id", "=", userId)
      .executeTakeFirst();
    return row?.time_zone;
  },
};
