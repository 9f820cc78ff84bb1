import type {
  CreateClaimRequest,
  CreateEstimateRequest,
  CreatePackageRequest,
  SessionChargeInput,
} from "@painplan/core";
import { randomUUID } from "node:crypto";
import type { Database } from "../../database/database.js";
import "../../sessions/sessions.tables.js";
import { sessionChargesRepository } from "../session-charges.repository.js";

export type LoggedSession = {
  localDate: string;
  therapyId?: string | null;
  customName?: string | null;
  planItemId?: string | null;
  charge?: SessionChargeInput | null;
};

/** An amount in US dollars, in cents. */
export const usd = (amountMinor: number) => ({ amountMinor, currency: "USD" });

/**
 * A valid package create: ten Swedish massages for 800 USD, under a new idempotency key each
 * call (one new package per call); `fields` replace any of it, the key too (to send it again).
 */
export const aPackageBody = (fields: Partial<CreatePackageRequest> = {}) => ({
  idempotencyKey: randomUUID(),
  name: "Ten massages",
  therapyId: "swedish-massage",
  sessionsTotal: 10,
  price: usd(80_000),
  boughtOn: "2026-03-01",
  ...fields,
});

/** A valid claim create: 90 USD to Acme Health, not sent yet, under a new key each call. */
export const aClaimBody = (fields: Partial<CreateClaimRequest> = {}) => ({
  idempotencyKey: randomUUID(),
  insurer: "Acme Health",
  status: "not-submitted",
  amountClaimed: usd(9_000),
  ...fields,
});

/** A valid estimate create: a 500 USD Good Faith Estimate for March 2026, under a new key each call. */
export const anEstimateBody = (fields: Partial<CreateEstimateRequest> = {}) => ({
  idempotencyKey: randomUUID(),
  provider: "Calm Hands Massage",
  amount: usd(50_000),
  isGoodFaithEstimate: true,
  givenOn: "2026-02-25",
  coversFrom: "2026-03-01",
  coversTo: "2026-03-31",
  ...fields,
});

/** A USD charge paid by the person. */
export const paidBySelf = (amountMinor: number, currency = "USD"): SessionChargeInput => ({
  price: { amountMinor, currency },
  paidBy: "self",
  packageId: null,
  receiptNote: null,
});

/**
 * A therapy session row as the sessions area stores it (noon UTC of `localDate`), with its
 * charge recorded through the session charge repository in the same transaction. Stands in for
 * the session log's POST until the sessions routes are merged.
 */
export async function logSession(db: Database, ownerId: string, session: LoggedSession) {
  const id = randomUUID();
  const startedAt = `${session.localDate}T12:00:00.000Z`;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("therapy_sessions")
      .values({
        id,
        user_id: ownerId,
        entered_by: ownerId,
        idempotency_key: id,
        started_at: startedAt,
        ended_at: `${session.localDate}T13:00:00.000Z`,
        duration_minutes: 60,
        time_zone: "Europe/Paris",
        local_date: session.localDate,
        therapy_id: session.therapyId === undefined ? "swedish-massage" : session.therapyId,
        custom_name: session.customName ?? null,
        plan_item_id: session.planItemId ?? null,
        occurrence_start: null,
        practitioner: "",
        techniques: "[]",
        pressure: null,
        areas: "[]",
        pain_before: 6,
        pain_after: 4,
        region_pain: null,
        how_it_felt: "",
        side_effects: "[]",
        side_effect_note: "",
        safety_check_id: null,
        created_at: startedAt,
        updated_at: startedAt,
        deleted_at: null,
      })
      .execute();
    if (session.charge !== undefined && session.charge !== null) {
      await sessionChargesRepository(db).record(trx, {
        ownerId,
        sessionId: id,
        charge: session.charge,
      });
    }
  });
  return id;
}
