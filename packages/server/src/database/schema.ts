import type { Role } from "@painplan/core";
import type { Insertable, Selectable } from "kysely";
import type { DiaryTables } from "../diary/diary.tables.js";
import type { InstrumentsTables } from "../instruments/instruments.tables.js";
import type { SafetyTables } from "../safety/safety.tables.js";

/**
 * Table types. Timestamps are UTC instants carried as ISO 8601 strings with milliseconds and "Z"
 * (`timestamptz` in PostgreSQL, TEXT in SQLite where that fixed format also sorts correctly).
 */
type Timestamp = string;

export type UsersTable = {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  time_zone: string;
  role: Role;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type SessionsTable = {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
};

export type LoginThrottleTable = {
  key: string;
  failures: number;
  window_started_at: Timestamp;
};

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

type AccountTables = {
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  audit_events: AuditEventsTable;
};

/** All tables: each area declares its own in `<area>/<area>.tables.ts`. */
export type Tables = AccountTables & DiaryTables & InstrumentsTables & SafetyTables;

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
