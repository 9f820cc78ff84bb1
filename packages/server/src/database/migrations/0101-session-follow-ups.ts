import { type Kysely, sql } from "kysely";
import { timestampType } from "../dialect.js";

/**
 * Sessions (issue 12): the follow-ups 24 h and 48 h after a session's end, made with the session
 * (unanswered) and answered once: pain now, compared with before the session, a note, and the
 * real time of the answer. `user_id` is the owner's, so Today's "due" query filters by it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const timestamp = timestampType(db);
  await db.schema
    .createTable("session_follow_ups")
    .addColumn("session_id", "text", (column) =>
      column.notNull().references("therapy_sessions.id").onDelete("cascade"),
    )
    .addColumn("due_after", "text", (column) =>
      column.notNull().check(sql`due_after in ('24h', '48h')`),
    )
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("due_at", timestamp, (column) => column.notNull())
    .addColumn("pain_now", "integer", (column) => column.check(sql`pain_now between 0 and 10`))
    .addColumn("compared_with_before", "text", (column) =>
      column.check(sql`compared_with_before in ('better', 'same', 'worse')`),
    )
    .addColumn("note", "text")
    .addColumn("answered_at", timestamp)
    .addPrimaryKeyConstraint("session_follow_ups_pk", ["session_id", "due_after"])
    .execute();
  await db.schema
    .createIndex("session_follow_ups_user_due")
    .on("session_follow_ups")
    .columns(["user_id", "answered_at", "due_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("session_follow_ups").execute();
}
