import { sessionChargeSchema, type SessionCharge, type SessionChargeInput } from "@painplan/core";
import type { Kysely } from "kysely";
import type { Database } from "../database/database.js";
import { systemClock, type Clock } from "../system/clock.js";
import { lockRecord } from "../database/record-lock.js";
import type { Tables } from "../database/tables.js";
import { ApiError, fieldError } from "../errors/api-error.js";
import "./costs.tables.js";

export type SessionChargeRecord = {
  ownerId: string;
  sessionId: string;
  charge: SessionChargeInput;
};

const packagePath = "charge.packageId";

/**
 * What each session cost. The sessions area calls `record` inside its own insert or update
 * transaction, so a session and its charge are written together or not at all. A second
 * `record` for the same session replaces the first (and gives back its package session).
 */
export function sessionChargesRepository(db: Database, clock: Clock = systemClock) {
  return {
    /**
     * Stores the charge of one session. A package charge must name a package of the owner's,
     * in the same currency, with a session left: otherwise a 4xx with the field path
     * `charge.packageId` (400 unknown or other currency, 409 `package_used_up`), nothing written.
     */
    async record(trx: Kysely<Tables>, { ownerId, sessionId, charge }: SessionChargeRecord) {
      await trx
        .deleteFrom("session_charges")
        .where("user_id", "=", ownerId)
        .where("session_id", "=", sessionId)
        .execute();
      if (charge.packageId !== null) {
        await checkPackage(trx, ownerId, charge.packageId, charge.price.currency);
      }
      await trx
        .insertInto("session_charges")
        .values({
          session_id: sessionId,
          user_id: ownerId,
          amount_minor: charge.price.amountMinor,
          currency: charge.price.currency,
          paid_by: charge.paidBy,
          package_id: charge.packageId,
          receipt_note: charge.receiptNote,
          created_at: clock.now().toISOString(),
        })
        .execute();
    },

    /** The charges of these sessions of the owner's, by session id (sessions without none). */
    async forSessions(
      ownerId: string,
      sessionIds: readonly string[],
    ): Promise<Map<string, SessionCharge>> {
      const charges = new Map<string, SessionCharge>();
      if (sessionIds.length === 0) return charges;
      const rows = await db
        .selectFrom("session_charges")
        .selectAll()
        .where("user_id", "=", ownerId)
        .where("session_id", "in", [...sessionIds])
        .execute();
      for (const row of rows) {
        charges.set(
          row.session_id,
          sessionChargeSchema.parse({
            price: { amountMinor: row.amount_minor, currency: row.currency },
            paidBy: row.paid_by,
            packageId: row.package_id,
            receiptNote: row.receipt_note,
          }),
        );
      }
      return charges;
    },

    /** Removes a session's charge (its package session becomes available again). */
    async remove(trx: Kysely<Tables>, ownerId: string, sessionId: string): Promise<void> {
      await trx
        .deleteFrom("session_charges")
        .where("user_id", "=", ownerId)
        .where("session_id", "=", sessionId)
        .execute();
      await trx
        .deleteFrom("insurance_claim_sessions")
        .where("user_id", "=", ownerId)
        .where("session_id", "=", sessionId)
        .execute();
    },
  };
}

export type SessionChargesRepository = ReturnType<typeof sessionChargesRepository>;

/** Refuses a package that is not the owner's, in another currency, or used up. */
async function checkPackage(
  trx: Kysely<Tables>,
  ownerId: string,
  packageId: string,
  currency: string,
): Promise<void> {
  await lockRecord(trx, `cost-package:${packageId}`);
  const found = await trx
    .selectFrom("cost_packages")
    .select(["currency", "sessions_total"])
    .where("id", "=", packageId)
    .where("user_id", "=", ownerId)
    .where("archived_at", "is", null)
    .executeTakeFirst();
  if (found === undefined) {
    throw fieldError(packagePath, "This package was not found among your packages.");
  }
  if (found.currency !== currency) {
    throw fieldError(
      packagePath,
      `This package was paid in ${found.currency}; a session from it is priced in ${found.currency} too.`,
    );
  }
  const used = await trx
    .selectFrom("session_charges")
    .select((eb) => eb.fn.countAll<number | string>().as("used"))
    .where("user_id", "=", ownerId)
    .where("package_id", "=", packageId)
    .executeTakeFirstOrThrow();
  if (Number(used.used) >= found.sessions_total) {
    throw new ApiError(
      "package_used_up",
      `All ${found.sessions_total} sessions of this package are used.`,
      { fields: [{ path: packagePath, message: "No sessions are left in this package." }] },
    );
  }
}
