import {
  instrumentIdSchema,
  intervalDaysSchema,
  type InstrumentId,
  type QuestionnaireSkip,
} from "@painplan/core";
import { z } from "zod";
import type { Database } from "../database/database.js";
import { lockRecord } from "../database/record-lock.js";

/** Only the intervals the person changed; the rest follow the defaults. */
const storedIntervalsSchema = z.partialRecord(instrumentIdSchema, intervalDaysSchema);
export type StoredIntervals = z.infer<typeof storedIntervalsSchema>;

export type StoredSettings = { intervals: StoredIntervals; pgicAnchorDate: string | null };

async function find(db: Database, userId: string): Promise<StoredSettings | undefined> {
  const row = await db
    .selectFrom("questionnaire_settings")
    .selectAll()
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    intervals: storedIntervalsSchema.parse(JSON.parse(row.intervals_json)),
    pgicAnchorDate: row.pgic_anchor_date,
  };
}

export function questionnaireSettingsRepository(db: Database) {
  return {
    find: (userId: string): Promise<StoredSettings | undefined> => find(db, userId),

    /**
     * Reads the stored settings, changes them and saves the result in one transaction that holds
     * the person's settings lock: two changes sent at once (each of one interval) both last,
     * where a read then a write let the later writer put back what the earlier one changed.
     */
    update(
      userId: string,
      change: (stored: StoredSettings | undefined) => StoredSettings,
      updatedAt: string,
    ): Promise<void> {
      return db.transaction().execute(async (trx) => {
        await lockRecord(trx, `questionnaire-settings:${userId}`);
        const settings = change(await find(trx, userId));
        const values = {
          intervals_json: JSON.stringify(settings.intervals),
          pgic_anchor_date: settings.pgicAnchorDate,
          updated_at: updatedAt,
        };
        await trx
          .insertInto("questionnaire_settings")
          .values({ user_id: userId, ...values })
          .onConflict((conflict) => conflict.column("user_id").doUpdateSet(values))
          .execute();
      });
    },

    /**
     * Saves the skip unless the questionnaire was skipped after `lastSeen` (the latest skip the
     * caller saw when it found the questionnaire due; undefined = none): skips sent at the same
     * moment keep one. Returns whether it was saved.
     */
    async insertSkipUnlessSkippedSince(
      userId: string,
      skip: QuestionnaireSkip,
      lastSeen: Date | undefined,
    ): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        await lockRecord(trx, `questionnaire-skips:${userId}:${skip.instrumentId}`);
        let newer = trx
          .selectFrom("questionnaire_skips")
          .select("id")
          .where("user_id", "=", userId)
          .where("instrument_id", "=", skip.instrumentId);
        if (lastSeen !== undefined) newer = newer.where("skipped_at", ">", lastSeen.toISOString());
        if ((await newer.executeTakeFirst()) !== undefined) return false;
        await trx
          .insertInto("questionnaire_skips")
          .values({
            id: skip.id,
            user_id: userId,
            instrument_id: skip.instrumentId,
            skipped_at: skip.skippedAt,
          })
          .execute();
        return true;
      });
    },

    async lastSkipped(userId: string): Promise<Map<InstrumentId, Date>> {
      const rows = await db
        .selectFrom("questionnaire_skips")
        .select(["instrument_id", (eb) => eb.fn.max("skipped_at").as("last")])
        .where("user_id", "=", userId)
        .groupBy("instrument_id")
        .execute();
      return new Map(rows.map((row) => [row.instrument_id, new Date(row.last)]));
    },
  };
}

export type QuestionnaireSettingsRepository = ReturnType<typeof questionnaireSettingsRepository>;
