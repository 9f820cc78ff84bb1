import { isUniqueViolation } from "../database/columns.js";
import {
  safetyAnswersSchema,
  sheetPreferencesSchema,
  type SafetyIntake,
  type SafetyIntakeContent,
} from "@painplan/core";
import { sql } from "kysely";
import type { Database } from "../database/database.js";
import { lockRecord } from "../database/record-lock.js";
import type { SafetyIntakesTable } from "./safety.tables.js";

export type SavedIntakeVersion = {
  version: number;
  status: SafetyIntake["status"];
  savedAt: string;
};

/** Saves racing for one person's next version number: each loser tries again, a few times. */
const maxAttempts = 5;

/** Stored JSON is checked on the way out, so a bad row fails loudly instead of leaking. */
function toIntake(row: SafetyIntakesTable): SafetyIntake {
  return {
    version: row.version,
    status: row.status,
    answers: safetyAnswersSchema.parse(JSON.parse(row.answers)),
    preferences: sheetPreferencesSchema.parse(JSON.parse(row.preferences)),
    savedAt: new Date(row.saved_at).toISOString(),
  };
}

/** Safety intakes: append-only versions per person (every query filters by user_id). */
export function safetyIntakeRepository(db: Database) {
  const versions = () => db.selectFrom("safety_intakes").selectAll();

  async function insertNext(
    row: { id: string; userId: string; savedAt: string },
    content: SafetyIntakeContent,
  ): Promise<number> {
    // The next version is computed in the same statement, under a lock on the person's intake
    // (PostgreSQL), so saves at the same moment are numbered one after another; should two
    // still meet the unique constraint, the loser tries again with the next number.
    const next = sql<number>`(select coalesce(max(version), 0) + 1 from safety_intakes where user_id = ${row.userId})`;
    return db.transaction().execute(async (trx) => {
      await lockRecord(trx, `safety-intake:${row.userId}`);
      const saved = await trx
        .insertInto("safety_intakes")
        .values({
          id: row.id,
          user_id: row.userId,
          version: next,
          status: content.status,
          answers: JSON.stringify(content.answers),
          preferences: JSON.stringify(content.preferences),
          saved_at: row.savedAt,
        })
        .returning("version")
        .executeTakeFirstOrThrow();
      return saved.version;
    });
  }

  return {
    async current(userId: string): Promise<SafetyIntake | undefined> {
      const row = await versions()
        .where("user_id", "=", userId)
        .orderBy("version", "desc")
        .limit(1)
        .executeTakeFirst();
      return row === undefined ? undefined : toIntake(row);
    },

    async version(userId: string, version: number): Promise<SafetyIntake | undefined> {
      const row = await versions()
        .where("user_id", "=", userId)
        .where("version", "=", version)
        .executeTakeFirst();
      return row === undefined ? undefined : toIntake(row);
    },

    async list(userId: string, limit: number): Promise<SavedIntakeVersion[]> {
      const rows = await db
        .selectFrom("safety_intakes")
        .select(["version", "status", "saved_at"])
        .where("user_id", "=", userId)
        .orderBy("version", "desc")
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        version: row.version,
        status: row.status,
        savedAt: new Date(row.saved_at).toISOString(),
      }));
    },

    async insert(
      row: { id: string; userId: string; savedAt: string },
      content: SafetyIntakeContent,
    ): Promise<number> {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await insertNext(row, content);
        } catch (error) {
          if (!isUniqueViolation(error) || attempt >= maxAttempts) throw error;
        }
      }
    },
  };
}

export type SafetyIntakeRepository = ReturnType<typeof safetyIntakeRepository>;
