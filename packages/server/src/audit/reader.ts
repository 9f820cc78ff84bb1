import type { Actor, User } from "@painplan/core";

/** A signed-in request: who is asking (read with the session, in one query) and which session. */
export type Authentication = {
  actor: Actor;
  user: User;
  signInSessionTokenHash: string;
  signInSessionToken: string;
};

/**
 * The person whose records a route reaches, loaded once by route registration. Dates, "today"
 * and names on a record are always computed from this, never from the reader.
 */
export type RecordOwner = { userId: string; displayName: string; timeZone: string };
