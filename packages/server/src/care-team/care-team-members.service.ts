import { createHash, randomBytes } from "node:crypto";
import {
  invitationExpiry,
  invitationStatus,
  isInvitationRetryOf,
  type CareTeamClient,
  type CareTeamInvitation,
  type CareTeamMember,
  type CareTeamScopeSet,
  type InviteToCareTeamFields,
  type User,
} from "@painplan/core";
import type { UsersRepository } from "../accounts/users.repository.js";
import type { RecordOwner } from "../audit/reader.js";
import { ApiError, fieldError, notFound } from "../errors/api-error.js";
import type { Mailer } from "../mail/mailer.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import {
  parseScopes,
  type CareTeamMembersRepository,
  type MemberRow,
} from "./care-team-members.repository.js";

/** 32 random bytes (256 bits), base64url: the invitation's code, shown once, stored hashed. */
const tokenBytes = 32;
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");
const iso = (instant: string | null) => (instant === null ? null : new Date(instant).toISOString());

/** 409: an invite's idempotency key was already used for a different invitation. */
const keyReused = () =>
  new ApiError(
    "idempotency_key_reused",
    "This idempotency key was already used for a different invitation. Send a new key for a new invitation.",
    { fields: [{ path: "idempotencyKey", message: "Already used for a different invitation." }] },
  );

/** The page a practitioner opens; the code rides in the fragment, which browsers never send. */
export const invitationLink = (publicUrl: string, token: string) =>
  `${publicUrl}/care-team/accept#code=${token}`;

type Dependencies = {
  members: CareTeamMembersRepository;
  users: UsersRepository;
  mailer: Mailer;
  publicUrl: string;
  clock: Clock;
  ids: IdSource;
};

/**
 * The person's side of the care team (invite, change scopes, revoke) and the practitioner's
 * (accept, list clients). Changes are read by the grant lookup of the next request: at once.
 */
export function careTeamMembersService(deps: Dependencies) {
  const view = (row: MemberRow): CareTeamMember => ({
    id: row.id,
    status: invitationStatus({ status: row.status, expiresAt: row.expires_at }, deps.clock.now()),
    practitioner:
      row.practitioner_id === null
        ? null
        : { userId: row.practitioner_id, displayName: row.practitioner_name ?? "" },
    invitedEmail: row.invited_email,
    scopes: parseScopes(row.scopes),
    invitedAt: new Date(row.invited_at).toISOString(),
    expiresAt: new Date(row.expires_at).toISOString(),
    acceptedAt: iso(row.accepted_at),
    revokedAt: iso(row.revoked_at),
  });

  async function member(ownerId: string, memberId: string): Promise<MemberRow> {
    const row = await deps.members.byId(ownerId, memberId);
    if (row === undefined) throw notFound("This care-team member");
    return row;
  }

  async function invitedPractitioner(owner: RecordOwner, practitionerId: string) {
    const user = await deps.users.findById(practitionerId);
    if (user === undefined || user.role !== "practitioner" || user.id === owner.userId) {
      throw fieldError("practitionerId", "There is no practitioner with this id.");
    }
    const team = await deps.members.ofOwner(owner.userId);
    const isAlreadyIn = team.some(
      (row) =>
        row.practitioner_id === practitionerId && ["invited", "active"].includes(view(row).status),
    );
    if (isAlreadyIn) {
      throw fieldError(
        "practitionerId",
        "This practitioner is already in your care team or invited; change their scopes instead.",
        "write_conflict",
      );
    }
    return user;
  }

  async function mailInvitation(owner: RecordOwner, email: string, token: string) {
    if (!deps.mailer.isConfigured) return false;
    await deps.mailer.send({
      to: email,
      subject: `${owner.displayName} invites you to their PainPlan care team`,
      text: [
        `${owner.displayName} invites you to their care team on PainPlan.`,
        "",
        "Open this link within 14 days, signed in with your practitioner account; it works once:",
        invitationLink(deps.publicUrl, token),
      ].join("\n"),
    });
    return true;
  }

  /** The answer to a retried invite: the invitation already made, its code not readable back. */
  function retried(body: InviteToCareTeamFields, row: MemberRow): CareTeamInvitation {
    const saved = view(row);
    if (!isInvitationRetryOf(body, saved)) throw keyReused();
    const isMailed = row.invited_email !== null && deps.mailer.isConfigured;
    return { member: saved, token: null, acceptUrl: null, isMailed };
  }

  async function clients(practitionerId: string): Promise<{ clients: CareTeamClient[] }> {
    const rows = await deps.members.clientsOf(practitionerId);
    return {
      clients: rows.map((row) => ({
        memberId: row.id,
        userId: row.user_id,
        displayName: row.display_name,
        timeZone: row.time_zone,
        scopes: parseScopes(row.scopes),
        acceptedAt: new Date(row.accepted_at ?? 0).toISOString(),
      })),
    };
  }

  return {
    clients,

    async team(owner: RecordOwner): Promise<{ members: CareTeamMember[] }> {
      return { members: (await deps.members.ofOwner(owner.userId)).map(view) };
    },

    /**
     * Invites once per idempotency key: the same key and fields again (a retry) answer the
     * invitation already made, without its code (kept only hashed) and with no second e-mail;
     * other fields under a used key are 409 `idempotency_key_reused`.
     */
    async invite(owner: RecordOwner, body: InviteToCareTeamFields): Promise<CareTeamInvitation> {
      // A retry is answered before the checks: its practitioner is "already invited" by it.
      const earlier = await deps.members.byKey(owner.userId, body.idempotencyKey);
      if (earlier !== undefined) return retried(body, earlier);
      const practitioner =
        body.practitionerId === undefined
          ? undefined
          : await invitedPractitioner(owner, body.practitionerId);
      const token = randomBytes(tokenBytes).toString("base64url");
      const now = deps.clock.now();
      const id = deps.ids.newId();
      const isInserted = await deps.members.insert({
        id,
        user_id: owner.userId,
        idempotency_key: body.idempotencyKey,
        practitioner_id: practitioner?.id ?? null,
        invited_email: body.email ?? null,
        token_hash: hashOf(token),
        status: "invited",
        scopes: JSON.stringify(body.scopes),
        invited_at: now.toISOString(),
        expires_at: invitationExpiry(now).toISOString(),
        accepted_at: null,
        revoked_at: null,
        updated_at: now.toISOString(),
      });
      if (!isInserted) {
        // The same key won a concurrent insert: this one is a retry of it (or a 409).
        const winner = await deps.members.byKey(owner.userId, body.idempotencyKey);
        if (winner === undefined) throw keyReused();
        return retried(body, winner);
      }
      const isMailed =
        body.email === undefined ? false : await mailInvitation(owner, body.email, token);
      return {
        member: view(await member(owner.userId, id)),
        token,
        acceptUrl: invitationLink(deps.publicUrl, token),
        isMailed,
      };
    },

    async changeScopes(owner: RecordOwner, memberId: string, scopes: CareTeamScopeSet) {
      const row = await member(owner.userId, memberId);
      if (row.status === "revoked") {
        throw new ApiError("write_conflict", "This access was revoked; invite them again instead.");
      }
      await deps.members.setScopes(owner.userId, memberId, scopes, deps.clock.now().toISOString());
      return view(await member(owner.userId, memberId));
    },

    async revoke(owner: RecordOwner, memberId: string): Promise<CareTeamMember> {
      await member(owner.userId, memberId);
      await deps.members.revoke(owner.userId, memberId, deps.clock.now().toISOString());
      return view(await member(owner.userId, memberId));
    },

    /** A practitioner accepts with the code: once, before it expires, if it names them or no one. */
    async accept(reader: User, token: string): Promise<CareTeamClient> {
      if (reader.role !== "practitioner") {
        throw new ApiError("forbidden", "Only a practitioner account can join a care team.");
      }
      const row = await deps.members.byTokenHash(hashOf(token));
      if (row === undefined || row.status === "revoked") throw notFound("This invitation");
      const status = invitationStatus(
        { status: row.status, expiresAt: row.expires_at },
        deps.clock.now(),
      );
      // An invitation naming a practitioner is for them alone; anyone else learns nothing of it.
      const isForSomeoneElse = row.practitioner_id !== null && row.practitioner_id !== reader.id;
      if (status === "invited" && isForSomeoneElse) throw notFound("This invitation");
      if (status === "expired") {
        throw new ApiError("write_conflict", "This invitation has expired; ask for a new one.");
      }
      const now = deps.clock.now().toISOString();
      const isAccepted =
        status === "invited" && (await deps.members.accept(row.id, reader.id, now));
      if (!isAccepted) {
        throw new ApiError("write_conflict", "This invitation was already used.");
      }
      const client = (await clients(reader.id)).clients.find((c) => c.memberId === row.id);
      if (client === undefined) throw notFound("This invitation");
      return client;
    },
  };
}

export type CareTeamMembersService = ReturnType<typeof careTeamMembersService>;
