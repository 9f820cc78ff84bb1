import { type Kysely, sql } from "kysely";
import { timestampType } from "../dialect.js";

/** Practice (issue 15): the practice log and the weekly target. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const timestamp = timestampType(db);
  await db.schema
    .createTable("practice_log")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("kind", "text", (column) =>
      column
        .notNull()
        .check(
          sqlIn("kind", [
            "body-scan",
            "progressive-relaxation",
            "guided-imagery",
            "paced-breathing",
            "yoga-routine",
          ]),
        ),
    )
    .addColumn("practice_id", "text", (column) => column.notNull())
    .addColumn("pose_ids", "text", (column) => column.notNull())
    .addColumn("seconds_done", "integer", (column) =>
      column.notNull().check(sql`seconds_done between 60 and 3600`),
    )
    .addColumn("started_at", timestamp, (column) => column.notNull())
    .addColumn("ended_at", timestamp, (column) => column.notNull())
    .addColumn("time_zone", "text", (column) => column.notNull())
    .addColumn("local_date", "text", (column) => column.notNull())
    .addColumn("pain_before", "integer", (column) =>
      column.check(sql`pain_before between 0 and 10`),
    )
    .addColumn("pain_after", "integer", (column) => column.check(sql`pain_after between 0 and 10`))
    .addColumn("effort", "text", (column) =>
      column.check(sqlIn("effort", ["easy", "about-right", "hard"])),
    )
    .addColumn("how_it_felt", "text", (column) => column.notNull())
    .addColumn("is_flare_day", "integer", (column) => column.check(sql`is_flare_day in (0, 1)`))
    .addColumn("created_at", timestamp, (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex("practice_log_user_started_at")
    .on("practice_log")
    .columns(["user_id", "started_at"])
    .execute();
  await db.schema
    .createIndex("practice_log_user_local_date")
    .on("practice_log")
    .columns(["user_id", "local_date"])
    .execute();

  await db.schema
    .createTable("practice_targets")
    .addColumn("user_id", "text", (column) =>
      column.primaryKey().references("users.id").onDelete("cascade"),
    )
    .addColumn("minutes_per_week", "integer", (column) =>
      column.notNull().check(sql`minutes_per_week between 1 and 420`),
    )
    .addColumn("days_per_week", "integer", (column) =>
      column.notNull().check(sql`days_per_week between 1 and 7`),
    )
    .addColumn("updated_at", timestamp, (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("practice_targets").execute();
  await db.schema.dropTable("practice_log").execute();
}

function sqlIn(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}
