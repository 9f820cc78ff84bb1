import type { AccessGrant, CareTeamKind } from "../authorization/policy.js";

/**
 * What a person can share with a practitioner in their care team, each on or off (issue 13):
 * the plan (and proposing changes to it), therapy sessions (and logging them), a summary of the
 * pain diary, the safety sheet, and instruments (a clinician enters the DN4 examination items).
 */
export const careTeamScopes = [
  "plan",
  "sessions",
  "diarySummary",
  "safetySheet",
  "instruments",
] as const;
export type CareTeamScope = (typeof careTeamScopes)[number];
export type CareTeamScopeSet = Record<CareTeamScope, boolean>;

/** Nothing shared: the start of every choice (nothing is shared by default). */
export const noScopes: CareTeamScopeSet = {
  plan: false,
  sessions: false,
  diarySummary: false,
  safetySheet: false,
  instruments: false,
};

/**
 * The record kinds each scope opens: `read` kinds are seen only, `write` kinds may also be
 * changed by the practitioner (proposals, session notes, examination items). The plan itself is
 * never written by a practitioner: they propose, the person accepts.
 */
export const scopeKinds: Record<
  CareTeamScope,
  { read: readonly CareTeamKind[]; write: readonly CareTeamKind[] }
> = {
  plan: { read: ["plan"], write: ["plan-proposals"] },
  sessions: { read: [], write: ["sessions"] },
  diarySummary: { read: ["diary-summary"], write: [] },
  safetySheet: { read: ["safety-sheet"], write: [] },
  instruments: { read: [], write: ["instruments"] },
};

/** The scope that opens a record kind (each kind belongs to exactly one scope). */
export function scopeOfKind(kind: CareTeamKind): CareTeamScope {
  const scope = careTeamScopes.find(
    (candidate) =>
      scopeKinds[candidate].read.includes(kind) || scopeKinds[candidate].write.includes(kind),
  );
  if (scope === undefined) throw new Error(`No care-team scope opens ${kind}.`);
  return scope;
}

/**
 * The grants one active care-team membership gives: one read-only grant and one that may write,
 * each over the kinds of the scopes that are on. Empty when nothing is on.
 */
export function grantsForScopes(
  readerId: string,
  ownerId: string,
  scopes: CareTeamScopeSet,
): AccessGrant[] {
  const on = careTeamScopes.filter((scope) => scopes[scope]);
  const read = on.flatMap((scope) => scopeKinds[scope].read);
  const write = on.flatMap((scope) => scopeKinds[scope].write);
  return [
    ...(read.length === 0 ? [] : [{ readerId, ownerId, kinds: read, mayWrite: false }]),
    ...(write.length === 0 ? [] : [{ readerId, ownerId, kinds: write, mayWrite: true }]),
  ];
}

/** The scopes that are on, for words ("plan, sessions"); empty when none. */
export function scopesOn(scopes: CareTeamScopeSet): CareTeamScope[] {
  return careTeamScopes.filter((scope) => scopes[scope]);
}
