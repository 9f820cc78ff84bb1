import { describe, expect, it } from "vitest";
import {
  accessGroundFor,
  decideRouteAccess,
  isAuditedAccess,
  isCareTeamKind,
  mayWriteRecords,
  resourceKinds,
  type AccessGrant,
  type Actor,
} from "./policy.js";

const patient: Actor = { userId: "p", role: "patient" };
const practitioner: Actor = { userId: "t", role: "practitioner" };
const admin: Actor = { userId: "a", role: "admin" };

describe("route access", () => {
  it.each([
    ["anonymous", undefined, "allow"],
    ["anonymous", patient, "allow"],
    ["signed-in", undefined, "unauthenticated"],
    ["signed-in", practitioner, "allow"],
    ["admin", undefined, "unauthenticated"],
    ["admin", patient, "forbidden"],
    ["admin", practitioner, "forbidden"],
    ["admin", admin, "allow"],
  ] as const)("%s route, actor %o → %s", (level, actor, outcome) => {
    expect(decideRouteAccess(level, actor).outcome).toBe(outcome);
  });
});

describe("access to a person's records", () => {
  it("gives owners and admins access, and nobody else", () => {
    expect(accessGroundFor(patient, "p", "account-records")).toBe("owner");
    expect(accessGroundFor(admin, "p", "account-records")).toBe("admin");
    expect(accessGroundFor(practitioner, "p", "account-records")).toBeUndefined();
    expect(
      accessGroundFor({ userId: "q", role: "patient" }, "p", "account-records"),
    ).toBeUndefined();
  });

  it("lets only the owner reach health records, not even an admin", () => {
    expect(accessGroundFor(patient, "p", "health-records")).toBe("owner");
    expect(accessGroundFor(admin, "p", "health-records")).toBeUndefined();
    expect(accessGroundFor(practitioner, "p", "health-records")).toBeUndefined();
    expect(
      accessGroundFor({ userId: "q", role: "patient" }, "p", "health-records"),
    ).toBeUndefined();
  });

  it("audits every read that is not the owner's", () => {
    expect(isAuditedAccess("owner")).toBe(false);
    expect(isAuditedAccess("admin")).toBe(true);
  });
});

describe("care-team consent", () => {
  const grant = (kinds: AccessGrant["kinds"], mayWrite = false): AccessGrant => ({
    readerId: "t",
    ownerId: "p",
    kinds,
    mayWrite,
  });

  it("lets a practitioner with a grant of a care-team kind read it, and nothing else", () => {
    const grants = [grant(["plan", "safety-sheet"])];
    expect(accessGroundFor(practitioner, "p", "plan", grants)).toBe("consent");
    expect(accessGroundFor(practitioner, "p", "safety-sheet", grants)).toBe("consent");
    expect(accessGroundFor(practitioner, "p", "sessions", grants)).toBeUndefined();
    expect(accessGroundFor(practitioner, "q", "plan", grants)).toBeUndefined();
    expect(accessGroundFor(admin, "p", "plan", grants)).toBeUndefined();
  });

  it("never opens health records or account records with consent, whatever the grant says", () => {
    const grants = [grant(["health-records", "account-records"], true)];
    expect(accessGroundFor(practitioner, "p", "health-records", grants)).toBeUndefined();
    expect(accessGroundFor(practitioner, "p", "account-records", grants)).toBeUndefined();
    expect(mayWriteRecords(practitioner, "p", "health-records", grants)).toBe(false);
  });

  it("lets the reader write only where the grant may write", () => {
    const grants = [grant(["plan"]), grant(["plan-proposals", "sessions"], true)];
    expect(mayWriteRecords(practitioner, "p", "plan", grants)).toBe(false);
    expect(mayWriteRecords(practitioner, "p", "plan-proposals", grants)).toBe(true);
    expect(mayWriteRecords(practitioner, "p", "sessions", grants)).toBe(true);
    expect(mayWriteRecords(practitioner, "p", "instruments", grants)).toBe(false);
    expect(mayWriteRecords(patient, "p", "plan", [])).toBe(true);
  });

  it("names every kind either owner-only, admin-readable or a care-team kind", () => {
    expect(resourceKinds.filter((kind) => !isCareTeamKind(kind))).toEqual([
      "account-records",
      "health-records",
    ]);
  });
});
