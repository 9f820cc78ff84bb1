import type { Kysely } from "kysely";
import { timestampType } from "../dialect.js";

/**
 * The care team (issue 13). `care_team_members`: one row per invitation, which becomes the
 * membership when accepted; the scopes a person shares with that practitioner (JSON of
 * booleans, checked on read); the invitation's single-use code kept as its SHA-256 hash only.
 * `care_team_proposals`: plan changes a practitioner proposed, and what the person decided (the
 * plan version an accepted one made). `care_team_examinations`: which clinician entered the DN4
 * examination items of a questionnaire response. Everything goes with either account.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const timestamp = timestampType(db);
  await db.schema
    .createTable("care_team_members")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("practitioner_id", "text", (column) =>
      column.references("users.id").onDelete("cascade"),
    )
    .addColumn("invited_email", "text")
    .addColumn("token_hash", "text", (column) => column.notNull().unique())
    .addColumn("status", "text", (column) => column.notNull())
    .addColumn("scopes", "text", (column) => column.notNull())
    .addColumn("invited_at", timestamp, (column) => column.notNull())
    .addColumn("expires_at", timestamp, (column) => column.notNull())
    .addColumn("accepted_at", timestamp)
    .addColumn("revoked_at", timestamp)
    .addColumn("updated_at", timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("care_team_members_user")
    .on("care_team_members")
    .column("user_id")
    .execute();
  // The grant lookup of every practitioner request: (practitioner, owner).
  await db.schema
    .createIndex("care_team_members_practitioner")
    .on("care_team_members")
    .columns(["practitioner_id", "user_id"])
    .execute();

  await db.schema
    .createTable("care_team_proposals")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("practitioner_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("plan_id", "text", (column) =>
      column.notNull().references("plans.id").onDelete("cascade"),
    )
    .addColumn("item_id", "text", (column) => column.notNull())
    .addColumn("item_title", "text", (column) => column.notNull())
    .addColumn("change", "text", (column) => column.notNull())
    .addColumn("reason", "text", (column) => column.notNull())
    .addColumn("status", "text", (column) => column.notNull())
    .addColumn("proposed_at", timestamp, (column) => column.notNull())
    .addColumn("decided_at", timestamp)
    .addColumn("plan_version", "integer")
    .execute();
  await db.schema
    .createIndex("care_team_proposals_user")
    .on("care_team_proposals")
    .column("user_id")
    .execute();

  await db.schema
    .createTable("care_team_examinations")
    .addColumn("response_id", "text", (column) =>
      column.primaryKey().references("questionnaire_responses.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("practitioner_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("interview_response_id", "text", (column) => column.notNull())
    .addColumn("entered_at", timestamp, (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("care_team_examinations").execute();
  await db.schema.dropTable("care_team_proposals").execute();
  await db.schema.dropTable("care_team_members").execute();
}
