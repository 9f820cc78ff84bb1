import type { Database } from "../database/database.js";
import type { TrustedDevicesTable } from "./accounts.tables.js";

export function trustedDevicesRepository(db: Database) {
  return {
    async insert(device: TrustedDevicesTable): Promise<void> {
      await db.insertInto("trusted_devices").values(device).execute();
    },

    find: (tokenHash: string) =>
      db
        .selectFrom("trusted_devices")
        .select(["user_id", "expires_at"])
        .where("token_hash", "=", tokenHash)
        .executeTakeFirst(),

    async delete(tokenHash: string): Promise<void> {
      await db.deleteFrom("trusted_devices").where("token_hash", "=", tokenHash).execute();
    },

    async deleteForUser(userId: string): Promise<void> {
      await db.deleteFrom("trusted_devices").where("user_id", "=", userId).execute();
    },
  };
}

export type TrustedDevicesRepository = ReturnType<typeof trustedDevicesRepository>;
