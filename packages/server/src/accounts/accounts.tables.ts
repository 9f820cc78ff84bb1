import type { Role } from "@painplan/core";
import type { Insertable, Selectable } from "kysely";
import type { Timestamp } from "../database/columns.js";

export type UsersTable = {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  time_zone: string;
  /** ISO 3166-1 alpha-2, or null when unknown (migration 0050). */
  country: string | null;
  role: Role;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type SignInSessionsTable = {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
};

/** A browser that signed in to the account (device cookie); only the token's SHA-256 is kept. */
export type TrustedDevicesTable = {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
};

/** A password reset link; single use (`used_at`), only the token's SHA-256 is kept. */
export type PasswordResetsTable = {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
};

export type LoginThrottleTable = {
  key: string;
  failures: number;
  window_started_at: Timestamp;
};

declare module "../database/tables.js" {
  interface Tables {
    users: UsersTable;
    sign_in_sessions: SignInSessionsTable;
    login_throttle: LoginThrottleTable;
    trusted_devices: TrustedDevicesTable;
    password_resets: PasswordResetsTable;
  }
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type SignInSessionRow = Selectable<SignInSessionsTable>;
