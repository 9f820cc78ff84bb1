import type { Role } from "../accounts/roles.js";

/** Who is asking. `undefined` actor = anonymous. */
export type Actor = { userId: string; role: Role };

/** What a route requires before it runs (declared per endpoint in the API contract). */
export const accessLevels = ["anonymous", "signed-in", "admin"] as const;
export type AccessLevel = (typeof accessLevels)[number];

export type AccessDecision =
  { outcome: "allow" } | { outcome: "unauthenticated" } | { outcome: "forbidden" };

export function decideRouteAccess(level: AccessLevel, actor: Actor | undefined): AccessDecision {
  switch (level) {
    case "anonymous":
      return { outcome: "allow" };
    case "signed-in":
      return actor === undefined ? { outcome: "unauthenticated" } : { outcome: "allow" };
    case "admin":
      if (actor === undefined) return { outcome: "unauthenticated" };
      return actor.role === "admin" ? { outcome: "allow" } : { outcome: "forbidden" };
  }
}

/**
 * How an actor may reach a person's own records. Later issues add practitioner-with-consent
 * and share-link grants here, in this one place.
 */
export const accessGrounds = ["owner", "admin"] as const;
export type AccessGround = (typeof accessGrounds)[number];

/**
 * The kinds of records a person owns, each with its own rule:
 * - "account-records" (the access log): the owner, and an admin running the instance;
 * - "health-records" (profile, diary, questionnaires, safety intake): the owner only. An admin
 *   runs the instance but does not read health data; care-team access comes with consent later.
 */
export const resourceKinds = ["account-records", "health-records"] as const;
export type ResourceKind = (typeof resourceKinds)[number];

/**
 * Access to a resource of `kind` owned by `ownerId`. `undefined` means "no access": routes answer
 * 404 so that another person's records are indistinguishable from records that do not exist.
 */
export function accessGroundFor(
  actor: Actor,
  ownerId: string,
  kind: ResourceKind,
): AccessGround | undefined {
  if (actor.userId === ownerId) return "owner";
  switch (kind) {
    case "account-records":
      return actor.role === "admin" ? "admin" : undefined;
    case "health-records":
      return undefined;
  }
}

/** Reading someone else's data is always written to the audit log. */
export function isAuditedAccess(ground: AccessGround): boolean {
  return ground !== "owner";
}
