import { addCalendarDays } from "@painplan/core";
import type { Database } from "../database/database.js";

/**
 * The plan's pause days (issue 11: a pause for a flare, inclusive local days; a resumed pause
 * ends the day before it was resumed) that fall between `fromDate` and `toDate`, for the
 * practice consistency measure, which excuses them. A plain read of `plan_pauses`, as the plan
 * area reads the diary, so the two areas do not call each other's services.
 */
export function planPauseDays(db: Database) {
  return async (userId: string, fromDate: string, toDate: string): Promise<Set<string>> => {
    const pauses = await db
      .selectFrom("plan_pauses")
      .select(["from_date", "until_date"])
      .where("user_id", "=", userId)
      .where("from_date", "<=", toDate)
      .where("until_date", ">=", fromDate)
      .execute();
    const days = new Set<string>();
    for (const pause of pauses) {
      const first = pause.from_date > fromDate ? pause.from_date : fromDate;
      const last = pause.until_date < toDate ? pause.until_date : toDate;
      for (let day = first; day <= last; day = addCalendarDays(day, 1)) days.add(day);
    }
    return days;
  };
}
