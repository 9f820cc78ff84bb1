import type { JsonText, Timestamp } from "../database/columns.js";

/** An invitation, and the membership it becomes once accepted (`status` "active"). */
export type CareTeamMembersTable = {
  id: string;
  /** The person whose care team it is (the owner of the records). */
  user_id: string;
  /** The client's key for the invite (a retry finds the row); null before keys existed. */
  idempotency_key: string | null;
  /** The practitioner's account: set when invited from the directory, or when accepted. */
  practitioner_id: string | null;
  invited_email: string | null;
  /** SHA-256 (hex) of the invitation's random code; the code itself is never stored. */
  token_hash: string;
  status: "invited" | "active" | "revoked";
  /** JSON `CareTeamScopeSet`, checked on read. */
  scopes: JsonText;
  invited_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  revoked_at: Timestamp | null;
  updated_at: Timestamp;
};

export type CareTeamProposalsTable = {
  id: string;
  user_id: string;
  practitioner_id: string;
  plan_id: string;
  item_id: string;
  /** The item's title when proposed (it may be renamed or removed later). */
  item_title: string;
  /** JSON of the proposed item fields (schedule, pressure, notes). */
  change: JsonText;
  reason: string;
  status: "pending" | "accepted" | "declined";
  proposed_at: Timestamp;
  decided_at: Timestamp | null;
  plan_version: number | null;
};

export type CareTeamExaminationsTable = {
  response_id: string;
  user_id: string;
  practitioner_id: string;
  interview_response_id: string;
  entered_at: Timestamp;
};

declare module "../database/tables.js" {
  interface Tables {
    care_team_members: CareTeamMembersTable;
    care_team_proposals: CareTeamProposalsTable;
    care_team_examinations: CareTeamExaminationsTable;
  }
}
