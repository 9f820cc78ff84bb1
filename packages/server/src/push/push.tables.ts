import type { Timestamp } from "../database/columns.js";

/** One device's Web Push subscription (RFC 8030 endpoint, RFC 8291 keys). */
export type PushSubscriptionsTable = {
  id: string;
  user_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  label: string;
  created_at: Timestamp;
};

/** The server's VAPID key pair (RFC 8292), base64url, one row "default". */
export type VapidKeysTable = {
  id: string;
  public_key: string;
  private_key: string;
  created_at: Timestamp;
};

declare module "../database/tables.js" {
  interface Tables {
    push_subscriptions: PushSubscriptionsTable;
    vapid_keys: VapidKeysTable;
  }
}
