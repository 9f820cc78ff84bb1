import type { Database } from "../database/database.js";
import type { CareTeamProposalsTable } from "./care-team.tables.js";

export type ProposalRow = CareTeamProposalsTable & { practitioner_name: string };

/** Plan changes practitioners proposed; every query names the owner. */
export function careTeamProposalsRepository(db: Database) {
  const withName = () =>
    db
      .selectFrom("care_team_proposals")
      .innerJoin("users", "users.id", "care_team_proposals.practitioner_id")
      .selectAll("care_team_proposals")
      .select("users.display_name as practitioner_name");

  return {
    async insert(row: CareTeamProposalsTable): Promise<void> {
      await db.insertInto("care_team_proposals").values(row).execute();
    },

    ofOwner(ownerId: string, limit: number): Promise<ProposalRow[]> {
      return withName()
        .where("care_team_proposals.user_id", "=", ownerId)
        .orderBy("care_team_proposals.proposed_at", "desc")
        .orderBy("care_team_proposals.id", "desc")
        .limit(limit)
        .execute();
    },

    byId(ownerId: string, proposalId: string): Promise<ProposalRow | undefined> {
      return withName()
        .where("care_team_proposals.user_id", "=", ownerId)
        .where("care_team_proposals.id", "=", proposalId)
        .executeTakeFirst();
    },

    /**
     * Moves a pending proposal to its decision in one statement: of two decisions at once,
     * exactly one wins (the other sees it decided).
     */
    async decide(
      ownerId: string,
      proposalId: string,
      status: "accepted" | "declined",
      now: string,
    ): Promise<boolean> {
      const row = await db
        .updateTable("care_team_proposals")
        .set({ status, decided_at: now })
        .where("user_id", "=", ownerId)
        .where("id", "=", proposalId)
        .where("status", "=", "pending")
        .returning("id")
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Back to pending when applying an accepted change failed (the plan refused it). */
    async reopen(ownerId: string, proposalId: string): Promise<void> {
      await db
        .updateTable("care_team_proposals")
        .set({ status: "pending", decided_at: null })
        .where("user_id", "=", ownerId)
        .where("id", "=", proposalId)
        .execute();
    },

    async setPlanVersion(ownerId: string, proposalId: string, version: number): Promise<void> {
      await db
        .updateTable("care_team_proposals")
        .set({ plan_version: version })
        .where("user_id", "=", ownerId)
        .where("id", "=", proposalId)
        .execute();
    },
  };
}

export type CareTeamProposalsRepository = ReturnType<typeof careTeamProposalsRepository>;
