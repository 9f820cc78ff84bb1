import {
  poseIdSchema,
  practiceLogEntrySchema,
  type DayPain,
  type PracticeLogEntry,
  type WeeklyTarget,
  type WeeklyTargetRequest,
} from "@painplan/core";
import type { Insertable } from "kysely";
import type { Database } from "../database/database.js";
import type { PracticeLogTable } from "./practice.tables.js";

const poseIdListSchema = poseIdSchema.array();

/** A stored row as the contract's entry; stored JSON and values are checked on the way out. */
function toEntry(row: PracticeLogTable): PracticeLogEntry {
  return practiceLogEntrySchema.parse({
    id: row.id,
    kind: row.kind,
    practiceId: row.practice_id,
    poseIds: poseIdListSchema.parse(JSON.parse(row.pose_ids)),
    secondsDone: row.seconds_done,
    startedAt: new Date(row.started_at).toISOString(),
    endedAt: new Date(row.ended_at).toISOString(),
    localDate: row.local_date,
    painBefore: row.pain_before,
    painAfter: row.pain_after,
    effort: row.effort,
    howItFelt: row.how_it_felt,
    isFlareDay: row.is_flare_day === null ? null : row.is_flare_day === 1,
    createdAt: new Date(row.created_at).toISOString(),
  });
}

/** The practice log and weekly targets (every query filters by user_id). */
export function practiceLogRepository(db: Database) {
  return {
    /** Inserts unless the owner already used the row's idempotency key (then undefined). */
    async insertOnce(row: Insertable<PracticeLogTable>): Promise<PracticeLogEntry | undefined> {
      const saved = await db
        .insertInto("practice_log")
        .values(row)
        .onConflict((conflict) => conflict.columns(["user_id", "idempotency_key"]).doNothing())
        .returningAll()
        .executeTakeFirst();
      return saved === undefined ? undefined : toEntry(saved);
    },

    async byIdempotencyKey(userId: string, key: string): Promise<PracticeLogEntry | undefined> {
      const row = await db
        .selectFrom("practice_log")
        .selectAll()
        .where("user_id", "=", userId)
        .where("idempotency_key", "=", key)
        .executeTakeFirst();
      return row === undefined ? undefined : toEntry(row);
    },

    async recent(userId: string, limit: number): Promise<PracticeLogEntry[]> {
      const rows = await db
        .selectFrom("practice_log")
        .selectAll()
        .where("user_id", "=", userId)
        .orderBy("started_at", "desc")
        .orderBy("id", "desc")
        .limit(limit)
        .execute();
      return rows.map(toEntry);
    },

    /** Entries whose local day is in [fromDate, toDate], oldest first. */
    async betweenDates(userId: string, fromDate: string, toDate: string) {
      const rows = await db
        .selectFrom("practice_log")
        .selectAll()
        .where("user_id", "=", userId)
        .where("local_date", ">=", fromDate)
        .where("local_date", "<=", toDate)
        .orderBy("started_at", "asc")
        .orderBy("id", "asc")
        .execute();
      return rows.map(toEntry);
    },

    /** Seconds practised by entries that started in [fromIso, toIso). */
    async secondsBetween(userId: string, fromIso: string, toIso: string): Promise<number> {
      const row = await db
        .selectFrom("practice_log")
        .select((eb) => eb.fn.sum<number | string | null>("seconds_done").as("seconds"))
        .where("user_id", "=", userId)
        .where("started_at", ">=", fromIso)
        .where("started_at", "<", toIso)
        .executeTakeFirst();
      return Number(row?.seconds ?? 0);
    },

    /**
     * The diary's pain readings (intensity now; "worst" recalls the last 24 hours, which may
     * be the day before) with a local day in
     * [fromDate, toDate], for the flare-day rule. Read-only use of the diary's table.
     */
    async diaryPain(userId: string, fromDate: string, toDate: string): Promise<DayPain[]> {
      const rows = await db
        .selectFrom("pain_entries")
        .select(["local_date", "intensity_now"])
        .where("user_id", "=", userId)
        .where("deleted_at", "is", null)
        .where("local_date", ">=", fromDate)
        .where("local_date", "<=", toDate)
        .execute();
      return rows.map((row) => ({
        localDate: row.local_date,
        intensity: row.intensity_now,
      }));
    },

    async target(userId: string): Promise<WeeklyTarget | undefined> {
      const row = await db
        .selectFrom("practice_targets")
        .selectAll()
        .where("user_id", "=", userId)
        .executeTakeFirst();
      if (row === undefined) return undefined;
      return {
        minutesPerWeek: row.minutes_per_week,
        daysPerWeek: row.days_per_week,
        updatedAt: new Date(row.updated_at).toISOString(),
      };
    },

    /** Sets the target; concurrent saves settle on one of them (upsert, no conflict error). */
    async saveTarget(userId: string, target: WeeklyTargetRequest, now: string): Promise<void> {
      const columns = {
        minutes_per_week: target.minutesPerWeek,
        days_per_week: target.daysPerWeek,
        updated_at: now,
      };
      await db
        .insertInto("practice_targets")
        .values({ user_id: userId, ...columns })
        .onConflict((conflict) => conflict.column("user_id").doUpdateSet(columns))
        .execute();
    },
  };
}

export type PracticeLogRepository = ReturnType<typeof practiceLogRepository>;
