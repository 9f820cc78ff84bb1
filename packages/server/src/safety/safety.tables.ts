import type { PreSessionOutcome, SafetyIntakeStatus } from "@painplan/core";
import type { JsonText, Timestamp } from "../database/columns.js";

/** One saved version of a person's safety intake; the highest version is the current one. */
export type SafetyIntakesTable = {
  id: string;
  user_id: string;
  version: number;
  status: SafetyIntakeStatus;
  answers: JsonText;
  preferences: JsonText;
  saved_at: Timestamp;
};

/** One pre-session check, kept so a later session log can point at it. */
export type PreSessionChecksTable = {
  id: string;
  user_id: string;
  checked_at: Timestamp;
  therapy_id: string;
  intake_version: number | null;
  outcome: PreSessionOutcome;
  answers: JsonText;
  /** The whole check result as answered (contract: preSessionCheckResultSchema). */
  result: JsonText;
};

declare module "../database/tables.js" {
  interface Tables {
    safety_intakes: SafetyIntakesTable;
    pre_session_checks: PreSessionChecksTable;
  }
}
