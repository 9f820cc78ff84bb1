import type { Kysely } from "kysely";

/**
 * Licensed questionnaires are checked once, at install, and stored compiled (`compiled_json`:
 * the instrument's wording by linkId) next to the file as given; `revision` goes up with each
 * install, so servers know when to reload their cached copy. Rows installed before this stay
 * without a compiled form and are compiled when read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("installed_instruments").addColumn("compiled_json", "text").execute();
  await db.schema
    .alterTable("installed_instruments")
    .addColumn("revision", "integer", (column) => column.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("installed_instruments").dropColumn("revision").execute();
  await db.schema.alterTable("installed_instruments").dropColumn("compiled_json").execute();
}
