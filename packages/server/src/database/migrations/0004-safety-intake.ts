import { type Kysely, sql } from "kysely";
import { timestampType } from "../dialect.js";

export async function up(db: Kysely<unknown>): Promise<void> {
  const timestamp = timestampType(db);

  // Every save is a new row: old versions stay, the highest version is the current intake.
  await db.schema
    .createTable("safety_intakes")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("version", "integer", (column) => column.notNull().check(sql`version > 0`))
    .addColumn("status", "text", (column) =>
      column.notNull().check(sqlIn("status", ["in-progress", "complete"])),
    )
    // JSON text, checked against the contract's schemas when read.
    .addColumn("answers", "text", (column) => column.notNull())
    .addColumn("preferences", "text", (column) => column.notNull())
    .addColumn("saved_at", timestamp, (column) => column.notNull())
    .addUniqueConstraint("safety_intakes_user_version", ["user_id", "version"])
    .execute();

  await db.schema
    .createTable("pre_session_checks")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("checked_at", timestamp, (column) => column.notNull())
    .addColumn("therapy_id", "text", (column) => column.notNull())
    .addColumn("intake_version", "integer")
    .addColumn("outcome", "text", (column) =>
      column.notNull().check(sqlIn("outcome", ["go", "go-with-care", "stop"])),
    )
    .addColumn("answers", "text", (column) => column.notNull())
    .addColumn("result", "text", (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("pre_session_checks_user_checked_at")
    .on("pre_session_checks")
    .columns(["user_id", "checked_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("pre_session_checks").execute();
  await db.schema.dropTable("safety_intakes").execute();
}

function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}
