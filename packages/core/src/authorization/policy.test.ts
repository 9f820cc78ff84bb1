import { describe, expect, it } from "vitest";
import { accessGroundFor, decideRouteAccess, isAuditedAccess, type Actor } from "./policy.js";

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
