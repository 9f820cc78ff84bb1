import { type CreateTableBuilder, type Kysely, sql } from "kysely";

type TableBuilder = CreateTableBuilder<string, string>;
import { timestampType } from "../dialect.js";

/**
 * The directory (issue 13): practitioner profiles with their licences and certifications, every
 * verification (who, when, evidence), saved practitioners and the questions-to-ask checklist.
 * Search filters on plain columns; the location is two indexed numbers (a bounding box first,
 * then the exact distance), so no spatial extension is needed on either database.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const timestamp = timestampType(db);
  const flag = (name: string) => sql`${sql.ref(name)} in (0, 1)`;
  const verificationColumns = (table: TableBuilder, prefix: string): TableBuilder =>
    table
      .addColumn(`${prefix}verification_source`, "text", (column) =>
        column.check(sqlIn(`${prefix}verification_source`, ["self", "admin", "import"])),
      )
      .addColumn(`${prefix}verification_outcome`, "text", (column) =>
        column.check(sqlIn(`${prefix}verification_outcome`, ["confirmed", "not-confirmed"])),
      )
      .addColumn(`${prefix}verified_at`, timestamp)
      .addColumn(`${prefix}verified_by`, "text")
      .addColumn(`${prefix}verified_by_name`, "text")
      .addColumn(`${prefix}verification_evidence`, "text");

  let profiles: TableBuilder = db.schema
    .createTable("practitioner_profiles")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.unique().references("users.id").onDelete("cascade"),
    )
    .addColumn("external_id", "text", (column) => column.unique())
    .addColumn("npi", "text", (column) => column.unique())
    .addColumn("origin", "text", (column) =>
      column.notNull().check(sqlIn("origin", ["self", "import", "synthetic"])),
    )
    .addColumn("is_fictional", "integer", (column) => column.notNull().check(flag("is_fictional")))
    .addColumn("display_name", "text", (column) => column.notNull())
    .addColumn("practice_name", "text")
    .addColumn("taxonomy_codes", "text", (column) => column.notNull())
    .addColumn("modality_mask", "integer", (column) => column.notNull())
    .addColumn("years_in_practice", "integer")
    .addColumn("neuropathy_conditions", "text", (column) => column.notNull())
    .addColumn("neuropathy_techniques", "text", (column) => column.notNull())
    .addColumn("neuropathy_experience", "text", (column) => column.notNull())
    .addColumn("has_neuropathy_experience", "integer", (column) =>
      column.notNull().check(flag("has_neuropathy_experience")),
    )
    .addColumn("languages", "text", (column) => column.notNull())
    .addColumn("clinic", "text")
    .addColumn("postal_code", "text")
    .addColumn("country", "text")
    .addColumn("latitude", "double precision", (column) =>
      column.check(sql`latitude between -90 and 90`),
    )
    .addColumn("longitude", "double precision", (column) =>
      column.check(sql`longitude between -180 and 180`),
    )
    .addColumn("home_visit_radius_km", "integer")
    .addColumn("home_visit_fee_minor", "integer")
    .addColumn("offers_online", "integer", (column) =>
      column.notNull().check(flag("offers_online")),
    )
    .addColumn("is_step_free", "integer", (column) => column.notNull().check(flag("is_step_free")))
    .addColumn("has_lowering_table", "integer", (column) =>
      column.notNull().check(flag("has_lowering_table")),
    )
    .addColumn("has_parking", "integer", (column) => column.notNull().check(flag("has_parking")))
    .addColumn("currency", "text", (column) => column.notNull())
    .addColumn("price_30_minor", "integer", (column) => column.check(sql`price_30_minor >= 0`))
    .addColumn("price_60_minor", "integer", (column) => column.check(sql`price_60_minor >= 0`))
    .addColumn("price_90_minor", "integer", (column) => column.check(sql`price_90_minor >= 0`))
    .addColumn("sliding_from_minor", "integer")
    .addColumn("sliding_to_minor", "integer")
    .addColumn("sliding_how", "text")
    .addColumn("offers_payment_plans", "integer", (column) =>
      column.notNull().check(flag("offers_payment_plans")),
    )
    .addColumn("packages", "text", (column) => column.notNull())
    .addColumn("insurance_accepted", "text", (column) => column.notNull())
    .addColumn("accepts_insurance", "integer", (column) =>
      column.notNull().check(flag("accepts_insurance")),
    )
    .addColumn("provides_superbills", "integer", (column) =>
      column.notNull().check(flag("provides_superbills")),
    )
    .addColumn("accepts_hsa_fsa", "integer", (column) =>
      column.notNull().check(flag("accepts_hsa_fsa")),
    )
    .addColumn("is_accepting_new_clients", "integer", (column) =>
      column.notNull().check(flag("is_accepting_new_clients")),
    )
    .addColumn("availability", "text", (column) => column.notNull())
    .addColumn("bio", "text", (column) => column.notNull())
    /** Lower-case words of name, practice, conditions, techniques, languages, city: free text. */
    .addColumn("search_text", "text", (column) => column.notNull())
    /** Latest admin-confirmed licence verification (null: no licence confirmed): for ranking. */
    .addColumn("licence_verified_at", timestamp)
    .addColumn("created_at", timestamp, (column) => column.notNull())
    .addColumn("updated_at", timestamp, (column) => column.notNull());
  profiles = verificationColumns(profiles, "npi_");
  profiles = verificationColumns(profiles, "accepting_");
  await profiles.execute();
  await db.schema
    .createIndex("practitioner_profiles_location")
    .on("practitioner_profiles")
    .columns(["latitude", "longitude"])
    .execute();
  await db.schema
    .createIndex("practitioner_profiles_longitude")
    .on("practitioner_profiles")
    .column("longitude")
    .execute();

  let licences: TableBuilder = db.schema
    .createTable("practitioner_licences")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("profile_id", "text", (column) =>
      column.notNull().references("practitioner_profiles.id").onDelete("cascade"),
    )
    .addColumn("position", "integer", (column) => column.notNull())
    .addColumn("number", "text", (column) => column.notNull())
    .addColumn("issuer", "text", (column) => column.notNull())
    .addColumn("expires_on", "text");
  licences = verificationColumns(licences, "");
  await licences.execute();
  await db.schema
    .createIndex("practitioner_licences_profile")
    .on("practitioner_licences")
    .columns(["profile_id", "position"])
    .execute();

  let certifications: TableBuilder = db.schema
    .createTable("practitioner_certifications")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("profile_id", "text", (column) =>
      column.notNull().references("practitioner_profiles.id").onDelete("cascade"),
    )
    .addColumn("position", "integer", (column) => column.notNull())
    .addColumn("name", "text", (column) => column.notNull())
    .addColumn("issuer", "text", (column) => column.notNull())
    .addColumn("expires_on", "text");
  certifications = verificationColumns(certifications, "");
  await certifications.execute();
  await db.schema
    .createIndex("practitioner_certifications_profile")
    .on("practitioner_certifications")
    .columns(["profile_id", "position"])
    .execute();

  // Every verification ever made (the columns above hold only the latest): who, when, evidence.
  await db.schema
    .createTable("practitioner_verifications")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("profile_id", "text", (column) =>
      column.notNull().references("practitioner_profiles.id").onDelete("cascade"),
    )
    .addColumn("subject", "text", (column) =>
      column
        .notNull()
        .check(sqlIn("subject", ["licence", "certification", "npi", "accepting-new-clients"])),
    )
    .addColumn("subject_id", "text")
    .addColumn("source", "text", (column) =>
      column.notNull().check(sqlIn("source", ["self", "admin", "import"])),
    )
    .addColumn("outcome", "text", (column) =>
      column.notNull().check(sqlIn("outcome", ["confirmed", "not-confirmed"])),
    )
    .addColumn("verified_at", timestamp, (column) => column.notNull())
    .addColumn("verified_by", "text")
    .addColumn("verified_by_name", "text", (column) => column.notNull())
    .addColumn("evidence", "text")
    .execute();
  await db.schema
    .createIndex("practitioner_verifications_profile")
    .on("practitioner_verifications")
    .columns(["profile_id", "verified_at"])
    .execute();

  await db.schema
    .createTable("saved_practitioners")
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("profile_id", "text", (column) =>
      column.notNull().references("practitioner_profiles.id").onDelete("cascade"),
    )
    .addColumn("saved_at", timestamp, (column) => column.notNull())
    .addPrimaryKeyConstraint("saved_practitioners_pk", ["user_id", "profile_id"])
    .execute();

  await db.schema
    .createTable("directory_questions")
    .addColumn("user_id", "text", (column) =>
      column.primaryKey().references("users.id").onDelete("cascade"),
    )
    .addColumn("items", "text", (column) => column.notNull())
    .addColumn("updated_at", timestamp, (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("directory_questions").execute();
  await db.schema.dropTable("saved_practitioners").execute();
  await db.schema.dropTable("practitioner_verifications").execute();
  await db.schema.dropTable("practitioner_certifications").execute();
  await db.schema.dropTable("practitioner_licences").execute();
  await db.schema.dropTable("practitioner_profiles").execute();
}

function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}
