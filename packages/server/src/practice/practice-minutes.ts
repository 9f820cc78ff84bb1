import type { Database } from "../database/database.js";
import { practiceLogRepository } from "./practice-log.repository.js";

/**
 * For the plan's goals (issue 11): `practiceMinutesBetween(userId, fromIso, toIso)` = minutes of
 * practice (seconds added up, divided by 60, not rounded) by the person's log entries that
 * started in [fromIso, toIso) (UTC instants, any offset accepted). Throws a RangeError for an
 * instant that does not parse.
 */
export function practiceMinutes(db: Database) {
  const log = practiceLogRepository(db);
  return {
    async practiceMinutesBetween(userId: string, fromIso: string, toIso: string): Promise<number> {
      const from = new Date(fromIso);
      const to = new Date(toIso);
      if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) {
        throw new RangeError("practiceMinutesBetween needs ISO 8601 instants");
      }
      const seconds = await log.secondsBetween(userId, from.toISOString(), to.toISOString());
      return seconds / 60;
    },
  };
}

export type PracticeMinutes = ReturnType<typeof practiceMinutes>;
