import { countryFromTimeZone } from "@painplan/core";
import { type Kysely, sql } from "kysely";

/**
 * The person's country (ISO 3166-1 alpha-2), which picks the crisis lines the app shows. Null is
 * "unknown": the crisis panel then gives the local emergency number and how to find a helpline.
 * Existing accounts get the same guess from their time zone as a new registration
 * (`countryFromTimeZone`, as it stood when this ran), so nobody loses the line they were shown
 * before; the person can change it in Settings.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").addColumn("country", "text").execute();
  const { rows } = await sql<{ time_zone: string }>`select distinct time_zone from users`.execute(
    db,
  );
  for (const { time_zone: timeZone } of rows) {
    const country = countryFromTimeZone(timeZone);
    if (country === null) continue;
    await sql`update users set country = ${country} where time_zone = ${timeZone}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("country").execute();
}
