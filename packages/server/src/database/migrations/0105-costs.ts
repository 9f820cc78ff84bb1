import { type Kysely, sql } from "kysely";
import { timestampType } from "../dialect.js";

/** The largest amount one row may hold, as `maxAmountMinor` in core/costs/money.ts. */
const amountCheck = (column: string) => sql`${sql.ref(column)} between 0 and 1000000000`;

/**
 * Costs (issue 12): what each session cost (`session_charges`, one row per session, no foreign
 * key to `therapy_sessions` so either area can migrate first), prepaid packages, insurance
 * claims with the sessions they cover, the usual price of a plan item (for the forecast) and the
 * self-pay estimates a person writes down.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const timestamp = timestampType(db);
  await db.schema
    .createTable("cost_packages")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (column) => column.notNull())
    .addColumn("therapy_id", "text")
    .addColumn("sessions_total", "integer", (column) =>
      column.notNull().check(sql`sessions_total between 1 and 1000`),
    )
    .addColumn("amount_minor", "integer", (column) =>
      column.notNull().check(amountCheck("amount_minor")),
    )
    .addColumn("currency", "text", (column) => column.notNull())
    .addColumn("bought_on", "text", (column) => column.notNull())
    .addColumn("archived_at", timestamp)
    .addColumn("created_at", timestamp, (column) => column.notNull())
    .addColumn("updated_at", timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("cost_packages_user")
    .on("cost_packages")
    .columns(["user_id", "bought_on"])
    .execute();

  await db.schema
    .createTable("session_charges")
    .addColumn("session_id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("amount_minor", "integer", (column) =>
      column.notNull().check(amountCheck("amount_minor")),
    )
    .addColumn("currency", "text", (column) => column.notNull())
    .addColumn("paid_by", "text", (column) =>
      column
        .notNull()
        .check(sqlIn("paid_by", ["self", "insurance", "hsa-fsa", "package", "other"])),
    )
    .addColumn("package_id", "text", (column) => column.references("cost_packages.id"))
    .addColumn("receipt_note", "text")
    .addColumn("created_at", timestamp, (column) => column.notNull())
    .addCheckConstraint(
      "session_charges_package_when_paid_by_package",
      sql`(paid_by = 'package') = (package_id is not null)`,
    )
    .execute();
  await db.schema
    .createIndex("session_charges_user")
    .on("session_charges")
    .columns(["user_id", "session_id"])
    .execute();
  await db.schema
    .createIndex("session_charges_package")
    .on("session_charges")
    .columns(["package_id"])
    .execute();

  await db.schema
    .createTable("insurance_claims")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("insurer", "text", (column) => column.notNull())
    .addColumn("status", "text", (column) =>
      column.notNull().check(sqlIn("status", ["not-submitted", "submitted", "paid", "denied"])),
    )
    .addColumn("currency", "text", (column) => column.notNull())
    .addColumn("amount_claimed_minor", "integer", (column) =>
      column.notNull().check(amountCheck("amount_claimed_minor")),
    )
    .addColumn("amount_reimbursed_minor", "integer", (column) =>
      column.notNull().check(amountCheck("amount_reimbursed_minor")),
    )
    .addColumn("submitted_on", "text")
    .addColumn("decided_on", "text")
    .addColumn("note", "text", (column) => column.notNull())
    .addColumn("version", "integer", (column) => column.notNull())
    .addColumn("created_at", timestamp, (column) => column.notNull())
    .addColumn("updated_at", timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("insurance_claims_user")
    .on("insurance_claims")
    .columns(["user_id", "created_at"])
    .execute();
  await db.schema
    .createTable("insurance_claim_sessions")
    .addColumn("claim_id", "text", (column) =>
      column.notNull().references("insurance_claims.id").onDelete("cascade"),
    )
    .addColumn("session_id", "text", (column) => column.notNull())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addPrimaryKeyConstraint("insurance_claim_sessions_pk", ["claim_id", "session_id"])
    .execute();
  await db.schema
    .createIndex("insurance_claim_sessions_user")
    .on("insurance_claim_sessions")
    .columns(["user_id", "session_id"])
    .execute();

  await db.schema
    .createTable("cost_usual_prices")
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("plan_item_id", "text", (column) => column.notNull())
    .addColumn("amount_minor", "integer", (column) =>
      column.notNull().check(amountCheck("amount_minor")),
    )
    .addColumn("currency", "text", (column) => column.notNull())
    .addColumn("updated_at", timestamp, (column) => column.notNull())
    .addPrimaryKeyConstraint("cost_usual_prices_pk", ["user_id", "plan_item_id"])
    .execute();

  await db.schema
    .createTable("cost_estimates")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("provider", "text", (column) => column.notNull())
    .addColumn("description", "text", (column) => column.notNull())
    .addColumn("therapy_id", "text")
    .addColumn("amount_minor", "integer", (column) =>
      column.notNull().check(amountCheck("amount_minor")),
    )
    .addColumn("currency", "text", (column) => column.notNull())
    .addColumn("is_good_faith_estimate", "integer", (column) =>
      column.notNull().check(sql`is_good_faith_estimate in (0, 1)`),
    )
    .addColumn("given_on", "text", (column) => column.notNull())
    .addColumn("covers_from", "text", (column) => column.notNull())
    .addColumn("covers_to", "text", (column) => column.notNull())
    .addColumn("created_at", timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("cost_estimates_user")
    .on("cost_estimates")
    .columns(["user_id", "given_on"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("cost_estimates").execute();
  await db.schema.dropTable("cost_usual_prices").execute();
  await db.schema.dropTable("insurance_claim_sessions").execute();
  await db.schema.dropTable("insurance_claims").execute();
  await db.schema.dropTable("session_charges").execute();
  await db.schema.dropTable("cost_packages").execute();
}

function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}
