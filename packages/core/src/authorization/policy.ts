import type { Role } from "./roles.js";

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
 * How an actor may reach a person's own records: as the owner, as an admin (account records
 * only), or through a grant the owner gave (care-team consent; share links later).
 */
export const accessGrounds = ["owner", "admin", "consent"] as const;
export type AccessGround = (typeof accessGrounds)[number];

/**
 * Permission an owner gave one reader over some kinds of their records. Which grants exist is
 * stored by the server (the care team); this module only decides what a grant allows.
 */
export type AccessGrant = {
  readerId: string;
  ownerId: string;
  kinds: readonly ResourceKind[];
  /** Whether the reader may also change those records (e.g. log a session). */
  mayWrite: boolean;
};

/**
 * The kinds of records a person owns, each with its own rule:
 * - "account-records" (the access log): the owner, and an admin running the instance;
 * - "health-records" (profile, diary entries, questionnaires, safety intake, care-team
 *   settings): the owner only. An admin runs the instance but does not read health data;
 * - the care-team kinds (`careTeamKinds`): the owner, and a practitioner the owner let in with
 *   a grant of that kind (care-team consent, one scope each); nobody else, admins included.
 */
export const careTeamKinds = [
  "plan",
  "plan-proposals",
  "sessions",
  "diary-summary",
  "safety-sheet",
  "instruments",
] as const;
export type CareTeamKind = (typeof careTeamKinds)[number];

export const resourceKinds = ["account-records", "health-records", ...careTeamKinds] as const;
export type ResourceKind = (typeof resourceKinds)[number];

/**
 * Access to a resource of `kind` owned by `ownerId`. `undefined` means "no access": routes answer
 * 404 so that another person's records are indistinguishable from records that do not exist.
 */
export function accessGroundFor(
  actor: Actor,
  ownerId: string,
  kind: ResourceKind,
  grants: readonly AccessGrant[] = [],
): AccessGround | undefined {
  if (actor.userId === ownerId) return "owner";
  if (grantFor(actor, ownerId, kind, grants) !== undefined) return "consent";
  switch (kind) {
    case "account-records":
      return actor.role === "admin" ? "admin" : undefined;
    case "health-records":
    case "plan":
    case "plan-proposals":
    case "sessions":
    case "diary-summary":
    case "safety-sheet":
    case "instruments":
      return undefined;
  }
}

/** Whether the actor may change records of `kind` owned by `ownerId`: the owner, or a grant that allows writing. */
export function mayWriteRecords(
  actor: Actor,
  ownerId: string,
  kind: ResourceKind,
  grants: readonly AccessGrant[] = [],
): boolean {
  if (actor.userId === ownerId) return true;
  return grantFor(actor, ownerId, kind, grants)?.mayWrite === true;
}

function grantFor(
  actor: Actor,
  ownerId: string,
  kind: ResourceKind,
  grants: readonly AccessGrant[],
): AccessGrant | undefined {
  // Consent opens the care-team kinds only: health records and account records never.
  if (!isCareTeamKind(kind)) return undefined;
  return grants.find(
    (grant) =>
      grant.readerId === actor.userId && grant.ownerId === ownerId && grant.kinds.includes(kind),
  );
}

/** Whether records of `kind` can be reached with care-team consent. */
export function isCareTeamKind(kind: ResourceKind): kind is CareTeamKind {
  return (careTeamKinds as readonly string[]).includes(kind);
}

/** Reading someone else's data is always written to the audit log. */
export function isAuditedAccess(ground: AccessGround): boolean {
  return ground !== "owner";
}
