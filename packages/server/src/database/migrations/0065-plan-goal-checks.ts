import { type Kysely, sql } from "kysely";
import { timestampType } from "../dialect.js";

/**
 * Function-goal check-offs (issue 11): the amount a person did on one local day for a function
 * goal. One row per goal and local day (unique), so a second check-off that day replaces the
 * value; `user_id` cascades, so erasing the account removes them, and so does a removed goal row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const timestamp = timestampType(db);
  await db.schema
    .createTable("plan_goal_checks")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("goal_id", "text", (column) =>
      column.notNull().references("plan_goals.id").onDelete("cascade"),
    )
    .addColumn("local_date", "text", (column) => column.notNull())
    .addColumn("value", "double precision", (column) => column.notNull().check(sql`value > 0`))
    .addColumn("recorded_at", timestamp, (column) => column.notNull())
    .addUniqueConstraint("plan_goal_checks_goal_day", ["goal_id", "local_date"])
    .execute();
  await db.schema
    .createIndex("plan_goal_checks_user")
    .on("plan_goal_checks")
    .column("user_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("plan_goal_checks").execute();
}
