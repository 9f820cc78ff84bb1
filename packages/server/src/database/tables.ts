import type { Timestamp } from "./columns.js";

export type AuditEventsTable = {
  id: string;
  at: Timestamp;
  actor_id: string;
  subject_user_id: string;
  action: string;
  resource_type: string;
  resource_id: string | null;
  access_ground: string;
};

/**
 * Every table, for Kysely's types. The shared plumbing declares its own here; each area adds its
 * tables from `<area>/<area>.tables.ts` with `declare module "../database/tables.js"`, so this
 * folder never imports an area.
 */
export interface Tables {
  audit_events: AuditEventsTable;
}
