import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accessGroundFor, careTeamKinds, mayWriteRecords } from "../authorization/policy.js";
import {
  careTeamScopes,
  grantsForScopes,
  noScopes,
  scopeKinds,
  scopeOfKind,
  type CareTeamScopeSet,
} from "./care-team-scopes.js";
import { invitationExpiry, invitationStatus } from "./care-team-invitation.js";

const practitioner = { userId: "t", role: "practitioner" } as const;
const scopeSets = fc.record(
  Object.fromEntries(careTeamScopes.map((scope) => [scope, fc.boolean()])) as Record<
    keyof CareTeamScopeSet,
    fc.Arbitrary<boolean>
  >,
);

describe("care-team scopes", () => {
  it("gives no grant at all when nothing is shared", () => {
    expect(grantsForScopes("t", "p", noScopes)).toEqual([]);
  });

  it("opens each care-team kind through exactly one scope", () => {
    for (const kind of careTeamKinds) {
      const owners = careTeamScopes.filter(
        (scope) => scopeKinds[scope].read.includes(kind) || scopeKinds[scope].write.includes(kind),
      );
      expect(owners, kind).toEqual([scopeOfKind(kind)]);
    }
  });

  it("the plan scope reads the plan and writes proposals, never the plan itself", () => {
    const grants = grantsForScopes("t", "p", { ...noScopes, plan: true });
    expect(accessGroundFor(practitioner, "p", "plan", grants)).toBe("consent");
    expect(mayWriteRecords(practitioner, "p", "plan", grants)).toBe(false);
    expect(mayWriteRecords(practitioner, "p", "plan-proposals", grants)).toBe(true);
  });

  it("reaches a kind exactly when its scope is on (any set of scopes)", () => {
    fc.assert(
      fc.property(scopeSets, (scopes) => {
        const grants = grantsForScopes("t", "p", scopes);
        for (const kind of careTeamKinds) {
          const isOn = scopes[scopeOfKind(kind)];
          expect(accessGroundFor(practitioner, "p", kind, grants) === "consent").toBe(isOn);
          const isWritable = isOn && scopeKinds[scopeOfKind(kind)].write.includes(kind);
          expect(mayWriteRecords(practitioner, "p", kind, grants)).toBe(isWritable);
          // Another owner, or another reader, gets nothing from these grants.
          expect(accessGroundFor(practitioner, "q", kind, grants)).toBeUndefined();
          expect(accessGroundFor({ userId: "u", role: "practitioner" }, "p", kind, grants)).toBe(
            undefined,
          );
        }
      }),
    );
  });
});

describe("invitations", () => {
  const invitedAt = new Date("2026-03-01T10:00:00.000Z");
  const expiresAt = invitationExpiry(invitedAt).toISOString();

  it("expire 14 days after they were made, to the millisecond", () => {
    expect(expiresAt).toBe("2026-03-15T10:00:00.000Z");
    const justBefore = new Date("2026-03-15T09:59:59.999Z");
    expect(invitationStatus({ status: "invited", expiresAt }, justBefore)).toBe("invited");
    expect(invitationStatus({ status: "invited", expiresAt }, new Date(expiresAt))).toBe("expired");
  });

  it("keep an accepted or revoked status after the expiry", () => {
    const later = new Date("2027-01-01T00:00:00.000Z");
    expect(invitationStatus({ status: "active", expiresAt }, later)).toBe("active");
    expect(invitationStatus({ status: "revoked", expiresAt }, later)).toBe("revoked");
  });
});
