import type { JsonText, Timestamp } from "../database/columns.js";

/** One row per person: the whole pain profile, each list as JSON checked on the way out. */
export type PainProfilesTable = {
  user_id: string;
  causes: JsonText;
  medications: JsonText;
  other_treatments: JsonText;
  regions: JsonText;
  updated_at: Timestamp;
};

declare module "../database/tables.js" {
  interface Tables {
    pain_profiles: PainProfilesTable;
  }
}
