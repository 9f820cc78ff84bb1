import type { Kysely } from "kysely";

/**
 * "Session" is about to mean a therapy session too: the sign-in sessions table takes the
 * glossary's name before that table exists.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("sessions").renameTo("sign_in_sessions").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("sign_in_sessions").renameTo("sessions").execute();
}
