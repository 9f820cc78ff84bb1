import { type Kysely, sql } from "kysely";
import { timestampType } from "../dialect.js";

export async function up(db: Kysely<unknown>): Promise<void> {
  const timestamp = timestampType(db);

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("email", "text", (column) => column.notNull().unique())
    .addColumn("password_hash", "text", (column) => column.notNull())
    .addColumn("display_name", "text", (column) => column.notNull())
    .addColumn("time_zone", "text", (column) => column.notNull())
    .addColumn("role", "text", (column) =>
      column.notNull().check(sqlIn("role", ["patient", "practitioner", "admin"])),
    )
    .addColumn("created_at", timestamp, (column) => column.notNull())
    .addColumn("updated_at", timestamp, (column) => column.notNull())
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("token_hash", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("created_at", timestamp, (column) => column.notNull())
    .addColumn("last_seen_at", timestamp, (column) => column.notNull())
    .execute();
  await db.schema.createIndex("sessions_user_id").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("login_throttle")
    .addColumn("key", "text", (column) => column.primaryKey())
    .addColumn("failures", "integer", (column) => column.notNull())
    .addColumn("window_started_at", timestamp, (column) => column.notNull())
    .execute();

  await db.schema
    .createTable("audit_events")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("at", timestamp, (column) => column.notNull())
    .addColumn("actor_id", "text", (column) => column.notNull())
    .addColumn("subject_user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("action", "text", (column) => column.notNull())
    .addColumn("resource_type", "text", (column) => column.notNull())
    .addColumn("resource_id", "text")
    .addColumn("access_ground", "text", (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("audit_events_subject_at")
    .on("audit_events")
    .columns(["subject_user_id", "at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["audit_events", "login_throttle", "sessions", "users"]) {
    await db.schema.dropTable(table).execute();
  }
}

function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}
