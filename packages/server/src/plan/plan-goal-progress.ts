import type { Goal } from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import type { Database } from "../database/database.js";

/** TEMP until goalProgress lands. */
export async function goalProgressOf(_db: Database, _owner: RecordOwner, _goal: Goal, _now: Date) {
  return Promise.resolve({
    status: "not-started" as const,
    band: null,
    points: null,
    percent: null,
  });
}
