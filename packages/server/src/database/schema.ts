import type { Role } from "@painplan/core";
import type { Insertable, Selectable } from "kysely";

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

export type Tables = {
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  audit_events: AuditEventsTable;
};

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
