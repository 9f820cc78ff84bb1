import { describe, expect, it } from "vitest";
import { careTeamScopes } from "./care-team-scopes.js";
import { inviteToCareTeamRequestSchema, type CareTeamMember } from "./care-team.schema.js";
import { isInvitationRetryOf } from "./create-retry.js";

const allOn = Object.fromEntries(careTeamScopes.map((scope) => [scope, true])) as Record<
  (typeof careTeamScopes)[number],
  boolean
>;
const practitionerId = "5a0c6a52-3f5e-4d8a-9c1e-0d8f2b6f4a11";

describe("isInvitationRetryOf", () => {
  const byEmail = inviteToCareTeamRequestSchema.parse({
    idempotencyKey: "7d7e1c3a-8a4b-4c55-9f0e-2b1d3c4e5f61",
    email: "therapist@example.org",
    scopes: allOn,
  });
  const stored: CareTeamMember = {
    id: "1f0e3a55-6b7c-4d8e-9f00-112233445567",
    status: "invited",
    practitioner: null,
    invitedEmail: "therapist@example.org",
    scopes: allOn,
    invitedAt: "2026-03-29T00:30:00.000Z",
    expiresAt: "2026-04-12T00:30:00.000Z",
    acceptedAt: null,
    revokedAt: null,
  };

  it("is a retry when the address and scopes are as saved, even after it was accepted", () => {
    expect(isInvitationRetryOf(byEmail, stored)).toBe(true);
    const accepted: CareTeamMember = {
      ...stored,
      status: "active",
      practitioner: { userId: practitionerId, displayName: "Dr Lee" },
      acceptedAt: "2026-03-30T00:30:00.000Z",
    };
    expect(isInvitationRetryOf(byEmail, accepted)).toBe(true);
  });

  it("is another invitation when the address, the practitioner or a scope differs", () => {
    expect(isInvitationRetryOf({ ...byEmail, email: "other@example.org" }, stored)).toBe(false);
    const [firstScope] = careTeamScopes;
    expect(
      isInvitationRetryOf({ ...byEmail, scopes: { ...allOn, [firstScope]: false } }, stored),
    ).toBe(false);
    const byAccount = { idempotencyKey: byEmail.idempotencyKey, practitionerId, scopes: allOn };
    expect(isInvitationRetryOf(byAccount, stored)).toBe(false);
    const named = {
      ...stored,
      invitedEmail: null,
      practitioner: { userId: practitionerId, displayName: "Dr Lee" },
    };
    expect(isInvitationRetryOf(byAccount, named)).toBe(true);
    expect(isInvitationRetryOf(byEmail, named)).toBe(false);
  });
});
