import type { Database } from "../database/database.js";
import "./push.tables.js";

/** A stored push subscription of one device. */
export type StoredPushSubscription = {
  id: string;
  userId: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  label: string;
  createdAt: string;
};

type Row = {
  id: string;
  user_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  label: string;
  created_at: string;
};

const toSubscription = (row: Row): StoredPushSubscription => ({
  id: row.id,
  userId: row.user_id,
  endpoint: row.endpoint,
  p256dh: row.p256dh,
  auth: row.auth,
  label: row.label,
  createdAt: row.created_at,
});

/** Push subscriptions, one per device endpoint. */
export type PushSubscriptionsRepository = ReturnType<typeof pushSubscriptionsRepository>;

export function pushSubscriptionsRepository(db: Database) {
  const columns = ["id", "user_id", "endpoint", "p256dh", "auth", "label", "created_at"] as const;
  return {
    /**
     * Keeps a device's subscription: the same endpoint again (a browser renewing its keys, or a
     * device now used by someone else) replaces the keys, label and owner of the existing row.
     */
    async save(subscription: Omit<StoredPushSubscription, "createdAt">, now: Date) {
      const row = await db
        .insertInto("push_subscriptions")
        .values({
          id: subscription.id,
          user_id: subscription.userId,
          endpoint: subscription.endpoint,
          p256dh: subscription.p256dh,
          auth: subscription.auth,
          label: subscription.label,
          created_at: now.toISOString(),
        })
        .onConflict((conflict) =>
          conflict.column("endpoint").doUpdateSet((excluded) => ({
            user_id: excluded.ref("excluded.user_id"),
            p256dh: excluded.ref("excluded.p256dh"),
            auth: excluded.ref("excluded.auth"),
            label: excluded.ref("excluded.label"),
          })),
        )
        .returning(columns)
        .executeTakeFirstOrThrow();
      return toSubscription(row);
    },

    async listFor(userId: string): Promise<StoredPushSubscription[]> {
      const rows = await db
        .selectFrom("push_subscriptions")
        .select(columns)
        .where("user_id", "=", userId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toSubscription);
    },

    /** Removes one of the person's devices; false when there was none with that id. */
    async remove(userId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom("push_subscriptions")
        .where("id", "=", id)
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /** Removes a subscription the push service says is gone (404/410). */
    async removeEndpoint(endpoint: string): Promise<void> {
      await db.deleteFrom("push_subscriptions").where("endpoint", "=", endpoint).execute();
    },
  };
}
