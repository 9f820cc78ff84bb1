import type { Insertable } from "kysely";
import type { PlanMissedReasonsTable } from "./missed.tables.js";
import type { Queryable } from "./plans.repository.js";

/** Reasons for missed sessions. Every query filters by user_id. */
export const missedReasonsRepository = {
  /** The reasons given for the items' sessions. */
  forItems(db: Queryable, userId: string, itemIds: readonly string[]) {
    if (itemIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom("plan_missed_reasons")
      .selectAll()
      .where("user_id", "=", userId)
      .where("item_id", "in", itemIds)
      .execute();
  },

  /** One reason per session: a later one replaces the earlier. */
  async upsert(db: Queryable, row: Insertable<PlanMissedReasonsTable>) {
    await db
      .insertInto("plan_missed_reasons")
      .values(row)
      .onConflict((conflict) =>
        conflict.columns(["item_id", "original_start"]).doUpdateSet({
          reason: row.reason,
          note: row.note,
          entered_by: row.entered_by,
          entered_at: row.entered_at,
        }),
      )
      .execute();
  },

  /** Whether there was a reason to remove. */
  async remove(db: Queryable, userId: string, itemId: string, originalStart: string) {
    const result = await db
      .deleteFrom("plan_missed_reasons")
      .where("user_id", "=", userId)
      .where("item_id", "=", itemId)
      .where("original_start", "=", originalStart)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  },
};
