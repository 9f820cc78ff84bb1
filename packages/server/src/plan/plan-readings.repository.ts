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
      .select([
        "local_date",
        "recorded_at",
        "intensity_now",
        "average_intensity",
        "worst_intensity",
        "activity_note",
      ])
      .where("user_id", "=", userId)
      .where("deleted_at", "is", null)
      .where("local_date", ">=", fromDate)
      .where("local_date", "<=", toDate)
      .orderBy("recorded_at", "asc")
      .execute();
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
