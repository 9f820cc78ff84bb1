import { careTeamScopeSetSchema, type CareTeamScopeSet } from "@painplan/core";
import type { Database } from "../database/database.js";
import type { CareTeamMembersTable } from "./care-team.tables.js";

export type MemberRow = CareTeamMembersTable & { practitioner_name: string | null };

/** Scopes as stored (JSON), checked on the way out. */
export const parseScopes = (json: string): CareTeamScopeSet =>
  careTeamScopeSetSchema.parse(JSON.parse(json));

/** Invitations and memberships of care teams; every query names the owner or the practitioner. */
export function careTeamMembersRepository(db: Database) {
  const withName = () =>
    db
      .selectFrom("care_team_members")
      .leftJoin("users", "users.id", "care_team_members.practitioner_id")
      .selectAll("care_team_members")
      .select("users.display_name as practitioner_name");

  return {
    /** Inserts an invitation unless the owner already used its key (then false). */
    async insert(row: CareTeamMembersTable): Promise<boolean> {
      const inserted = await db
        .insertInto("care_team_members")
        .values(row)
        .onConflict((conflict) => conflict.columns(["user_id", "idempotency_key"]).doNothing())
        .returning("id")
        .executeTakeFirst();
      return inserted !== undefined;
    },

    /** The owner's invitation made under `key`, if any. */
    byKey(ownerId: string, key: string): Promise<MemberRow | undefined> {
      return withName()
        .where("care_team_members.user_id", "=", ownerId)
        .where("care_team_members.idempotency_key", "=", key)
        .executeTakeFirst();
    },

    /** A person's care team, newest invitation first. */
    ofOwner(ownerId: string): Promise<MemberRow[]> {
      return withName()
        .where("care_team_members.user_id", "=", ownerId)
        .orderBy("care_team_members.invited_at", "desc")
        .orderBy("care_team_members.id", "desc")
        .execute();
    },

    byId(ownerId: string, memberId: string): Promise<MemberRow | undefined> {
      return withName()
        .where("care_team_members.user_id", "=", ownerId)
        .where("care_team_members.id", "=", memberId)
        .executeTakeFirst();
    },

    byTokenHash(tokenHash: string): Promise<CareTeamMembersTable | undefined> {
      return db
        .selectFrom("care_team_members")
        .selectAll()
        .where("token_hash", "=", tokenHash)
        .executeTakeFirst();
    },

    /**
     * Accepts an invitation in one statement, only while it is still "invited" and not expired
     * at `now`: of two simultaneous accepts, exactly one wins (single use).
     */
    async accept(memberId: string, practitionerId: string, now: string): Promise<boolean> {
      const row = await db
        .updateTable("care_team_members")
        .set({
          status: "active",
          practitioner_id: practitionerId,
          accepted_at: now,
          updated_at: now,
        })
        .where("id", "=", memberId)
        .where("status", "=", "invited")
        .where("expires_at", ">", now)
        .where((where) =>
          where.or([
            where("practitioner_id", "is", null),
            where("practitioner_id", "=", practitionerId),
          ]),
        )
        .returning("id")
        .executeTakeFirst();
      return row !== undefined;
    },

    async setScopes(ownerId: string, memberId: string, scopes: CareTeamScopeSet, now: string) {
      await db
        .updateTable("care_team_members")
        .set({ scopes: JSON.stringify(scopes), updated_at: now })
        .where("user_id", "=", ownerId)
        .where("id", "=", memberId)
        .where("status", "!=", "revoked")
        .execute();
    },

    async revoke(ownerId: string, memberId: string, now: string): Promise<void> {
      await db
        .updateTable("care_team_members")
        .set({ status: "revoked", revoked_at: now, updated_at: now })
        .where("user_id", "=", ownerId)
        .where("id", "=", memberId)
        .where("status", "!=", "revoked")
        .execute();
    },

    /** The active membership of one practitioner in one person's care team (the grant lookup). */
    async activeScopes(practitionerId: string, ownerId: string): Promise<CareTeamScopeSet[]> {
      const rows = await db
        .selectFrom("care_team_members")
        .select("scopes")
        .where("practitioner_id", "=", practitionerId)
        .where("user_id", "=", ownerId)
        .where("status", "=", "active")
        .execute();
      return rows.map((row) => parseScopes(row.scopes));
    },

    /** A practitioner's active clients, with the client's name and zone. */
    clientsOf(practitionerId: string) {
      return db
        .selectFrom("care_team_members")
        .innerJoin("users", "users.id", "care_team_members.user_id")
        .select([
          "care_team_members.id",
          "care_team_members.user_id",
          "care_team_members.scopes",
          "care_team_members.accepted_at",
          "users.display_name",
          "users.time_zone",
        ])
        .where("care_team_members.practitioner_id", "=", practitionerId)
        .where("care_team_members.status", "=", "active")
        .orderBy("users.display_name")
        .orderBy("care_team_members.id")
        .execute();
    },
  };
}

export type CareTeamMembersRepository = ReturnType<typeof careTeamMembersRepository>;
