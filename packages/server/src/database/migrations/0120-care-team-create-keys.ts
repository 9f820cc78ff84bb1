import type { Kysely } from "kysely";

/**
 * Client idempotency keys on care-team invitations: a retried invite (a lost answer, then the
 * same request again) finds the invitation already made instead of adding a second pending one
 * and e-mailing the practitioner twice. Rows made before keys existed keep null, which a unique
 * index never counts as a clash.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("care_team_members").addColumn("idempotency_key", "text").execute();
  await db.schema
    .createIndex("care_team_members_user_idempotency_key")
    .on("care_team_members")
    .columns(["user_id", "idempotency_key"])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("care_team_members_user_idempotency_key").execute();
  await db.schema.alterTable("care_team_members").dropColumn("idempotency_key").execute();
}
