import {
  installedTextSchema,
  readLicensedQuestionnaire,
  type InstalledText,
  type LicensedInstrumentId,
} from "@painplan/core";
import { sql } from "kysely";
import type { Database } from "../database/database.js";

/** Licensed definitions installed on this instance (shared by every server of the instance). */
export function installedInstrumentsRepository(db: Database) {
  return {
    /**
     * Stores the file as given and its compiled form; a second install of the same instrument
     * replaces the first and moves its revision on.
     */
    async save(compiled: InstalledText, questionnaireJson: string, at: string): Promise<void> {
      const values = {
        questionnaire_json: questionnaireJson,
        compiled_json: JSON.stringify(compiled),
        installed_at: at,
      };
      await db
        .insertInto("installed_instruments")
        .values({ instrument_id: compiled.instrumentId, ...values })
        .onConflict((conflict) =>
          conflict
            .column("instrument_id")
            .doUpdateSet({ ...values, revision: sql<number>`installed_instruments.revision + 1` }),
        )
        .execute();
    },

    /** A short text that changes whenever an instrument is installed or reinstalled. */
    async revisions(): Promise<string> {
      const rows = await db
        .selectFrom("installed_instruments")
        .select(["instrument_id", "revision"])
        .orderBy("instrument_id")
        .execute();
      return rows.map((row) => `${row.instrument_id}:${row.revision}`).join(",");
    },

    /**
     * Every installed text, from its compiled form; an install made before compiled forms were
     * stored is compiled here (a file that no longer fits core's rules is skipped).
     */
    async all(): Promise<Map<LicensedInstrumentId, InstalledText>> {
      const rows = await db.selectFrom("installed_instruments").selectAll().execute();
      const installed = new Map<LicensedInstrumentId, InstalledText>();
      for (const row of rows) {
        if (row.compiled_json !== null) {
          installed.set(
            row.instrument_id,
            installedTextSchema.parse(JSON.parse(row.compiled_json)),
          );
          continue;
        }
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
