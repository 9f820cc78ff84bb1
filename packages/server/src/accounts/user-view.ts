import type { User } from "@painplan/core";
import type { UserRow } from "./accounts.tables.js";

/** The public shape of an account: never the password hash. */
export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    timeZone: row.time_zone,
    country: row.country,
    role: row.role,
    createdAt: row.created_at,
  };
}
