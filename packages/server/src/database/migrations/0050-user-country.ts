import type { Kysely } from "kysely";

/**
 * The person's country (ISO 3166-1 alpha-2), which picks the crisis lines the app shows. Null is
 * "unknown": the crisis panel then gives the local emergency number and how to find a helpline.
 * Accounts made before this migration start unknown; the person sets it in settings.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").addColumn("country", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("country").execute();
}
