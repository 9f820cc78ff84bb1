import {
  readLicensedQuestionnaire,
  type InstalledText,
  type LicensedInstrumentId,
} from "@painplan/core";
import type { Database } from "../database/database.js";

/** Licensed definitions installed on this instance (shared by every server of the instance). */
export function installedInstrumentsRepository(db: Database) {
  return {
    /** Stores the file as given; a second install of the same instrument replaces the first. */
    async save(id: LicensedInstrumentId, questionnaireJson: string, at: string): Promise<void> {
      const values = { questionnaire_json: questionnaireJson, installed_at: at };
      await db
        .insertInto("installed_instruments")
        .values({ instrument_id: id, ...values })
        .onConflict((conflict) => conflict.column("instrument_id").doUpdateSet(values))
        .execute();
    },

    /** Every installed text, re-checked with core's rules (a file that no longer fits is skipped). */
    async all(): Promise<Map<LicensedInstrumentId, InstalledText>> {
      const rows = await db.selectFrom("installed_instruments").selectAll().execute();
      const installed = new Map<LicensedInstrumentId, InstalledText>();
      for (const row of rows) {
        const outcome = readLicensedQuestionnaire(
          JSON.parse(row.questionnaire_json),
          row.instrument_id,
        );
        if (outcome.outcome === "matched") installed.set(row.instrument_id, outcome.installed);
      }
      return installed;
    },
  };
}

export type InstalledInstrumentsRepository = ReturnType<typeof installedInstrumentsRepository>;
