import webpush from "web-push";
import type { Database } from "../database/database.js";
import "./push.tables.js";

/** The server's VAPID key pair (RFC 8292), base64url as the Push API takes them. */
export type VapidKeys = { publicKey: string; privateKey: string };

/**
 * The VAPID keys, made at first start and kept in the database so every instance signs with the
 * same pair and subscriptions outlive restarts. Instances starting together each try to insert
 * theirs; the first row wins and every instance reads it back.
 */
export async function loadOrCreateVapidKeys(db: Database, now: Date): Promise<VapidKeys> {
  const stored = await db
    .selectFrom("vapid_keys")
    .select(["public_key", "private_key"])
    .where("id", "=", "default")
    .executeTakeFirst();
  if (stored !== undefined) return { publicKey: stored.public_key, privateKey: stored.private_key };
  const made = webpush.generateVAPIDKeys();
  await db
    .insertInto("vapid_keys")
    .values({
      id: "default",
      public_key: made.publicKey,
      private_key: made.privateKey,
      created_at: now.toISOString(),
    })
    .onConflict((conflict) => conflict.column("id").doNothing())
    .execute();
  const kept = await db
    .selectFrom("vapid_keys")
    .select(["public_key", "private_key"])
    .where("id", "=", "default")
    .executeTakeFirstOrThrow();
  return { publicKey: kept.public_key, privateKey: kept.private_key };
}
