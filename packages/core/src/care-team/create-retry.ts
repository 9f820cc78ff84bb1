import type { CareTeamMember, InviteToCareTeamFields } from "./care-team.schema.js";

const same = (left: unknown, right: unknown) => JSON.stringify(left) === JSON.stringify(right);

/**
 * Whether an invitation that reuses an idempotency key is a retry of the one that made `stored`:
 * the same e-mail address (or the same practitioner's account) and the same scopes. An e-mail
 * invitation gains its practitioner when accepted, so only the address is compared for it.
 * Anything else is another invitation under a used key (409 `idempotency_key_reused`).
 */
export function isInvitationRetryOf(
  request: InviteToCareTeamFields,
  stored: CareTeamMember,
): boolean {
  const isSameInvitee =
    request.email === undefined
      ? stored.invitedEmail === null && stored.practitioner?.userId === request.practitionerId
      : stored.invitedEmail === request.email;
  const scopeNames = Object.keys(request.scopes).sort();
  const scopesOf = (scopes: Record<string, boolean>) => scopeNames.map((name) => scopes[name]);
  return isSameInvitee && same(scopesOf(request.scopes), scopesOf(stored.scopes));
}
