import { painProfileSchema, type PainProfile, type PainProfileFields } from "@painplan/core";
import type { Database } from "../database/database.js";

const emptyProfile: PainProfile = {
  causes: [],
  medications: [],
  otherTreatments: [],
  regions: [],
  updatedAt: null,
};

/** One row per person; the lists are JSON text, checked against the contract when read. */
export function painProfileRepository(db: Database) {
  return {
    async find(userId: string): Promise<PainProfile> {
      const row = await db
        .selectFrom("pain_profiles")
        .selectAll()
        .where("user_id", "=", userId)
        .executeTakeFirst();
      if (row === undefined) return emptyProfile;
      const json = (text: string): unknown => JSON.parse(text);
      return painProfileSchema.parse({
        causes: json(row.causes),
        medications: json(row.medications),
        otherTreatments: json(row.other_treatments),
        regions: json(row.regions),
        updatedAt: row.updated_at,
      });
    },

    async save(userId: string, profile: PainProfileFields, now: string): Promise<void> {
      const columns = {
        causes: JSON.stringify(profile.causes),
        medications: JSON.stringify(profile.medications),
        other_treatments: JSON.stringify(profile.otherTreatments),
        regions: JSON.stringify(profile.regions),
        updated_at: now,
      };
      await db
        .insertInto("pain_profiles")
        .values({ user_id: userId, ...columns })
        .onConflict((conflict) => conflict.column("user_id").doUpdateSet(columns))
        .execute();
    },
  };
}

export type PainProfileRepository = ReturnType<typeof painProfileRepository>;
