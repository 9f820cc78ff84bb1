import { grantsForScopes } from "@painplan/core";
import type { AccessGrantSource } from "../audit/record-access.service.js";
import type { Database } from "../database/database.js";
import { careTeamMembersRepository } from "./care-team-members.repository.js";

/**
 * The grants a practitioner holds over a person's records, read from the care team on every
 * request (no cache): a scope turned off or a revoked membership counts from the next request.
 */
export function careTeamGrants(db: Database): AccessGrantSource {
  const members = careTeamMembersRepository(db);
  return async (readerId, ownerId) => {
    const memberships = await members.activeScopes(readerId, ownerId);
    return memberships.flatMap((scopes) => grantsForScopes(readerId, ownerId, scopes));
  };
}
