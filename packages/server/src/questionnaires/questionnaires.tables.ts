import type { InstrumentId, LicensedInstrumentId } from "@painplan/core";
import type { ColumnType, RawBuilder } from "kysely";
import type { Timestamp } from "../database/columns.js";

/**
 * One completed questionnaire: answers by item linkId, the score and its interpretation, so a
 * FHIR QuestionnaireResponse + Observation export needs nothing else.
 */
export type QuestionnaireResponsesTable = {
  id: string;
  user_id: string;
  instrument_id: InstrumentId;
  instrument_version: string;
  /** The client's key: a retried submission returns the first response. Unique per person. */
  idempotency_key: string;
  authored_at: Timestamp;
  /** PGIC: the start date (YYYY-MM-DD) the change was judged against. */
  anchor_date: string | null;
  /** JSON `{ [linkId]: value }`, checked with `answersSchema` on read. */
  answers_json: string;
  score: number;
  /** JSON ScoreResult (score, display, range, form, interpretation), checked on read. */
  result_json: string;
};

export type QuestionnaireSkipsTable = {
  id: string;
  user_id: string;
  instrument_id: InstrumentId;
  skipped_at: Timestamp;
};

/** One row per person who changed a setting; defaults apply without a row. */
export type QuestionnaireSettingsTable = {
  user_id: string;
  /** JSON `{ [instrumentId]: days | null }`, only the instruments the person changed. */
  intervals_json: string;
  pgic_anchor_date: string | null;
  updated_at: Timestamp;
};

/** Licensed definitions an admin installed (`painplan install-instrument`): instance-wide. */
export type InstalledInstrumentsTable = {
  instrument_id: LicensedInstrumentId;
  /** The FHIR R4 Questionnaire JSON as installed (at most 1 MiB, checked at install). */
  questionnaire_json: string;
  /** The compiled form (core's `InstalledText`); null for installs made before migration 0020. */
  compiled_json: string | null;
  /** 1 at the first install, +1 at each reinstall: servers reload their cache when it moves. */
  revision: ColumnType<number, never, RawBuilder<number>>;
  installed_at: Timestamp;
};

declare module "../database/tables.js" {
  interface Tables {
    questionnaire_responses: QuestionnaireResponsesTable;
    questionnaire_skips: QuestionnaireSkipsTable;
    questionnaire_settings: QuestionnaireSettingsTable;
    installed_instruments: InstalledInstrumentsTable;
  }
}
