import { findTherapy, type SpendCharge, type SpendTherapy } from "@painplan/core";
import type { Insertable, Kysely } from "kysely";
import type { Tables } from "../database/tables.js";
import type {
  CostEstimatesTable,
  CostPackagesTable,
  InsuranceClaimsTable,
} from "./costs.tables.js";
import "../sessions/sessions.tables.js";

export type Queryable = Kysely<Tables>;
export type PackageRow = CostPackagesTable & { sessions_used: number };
export type ClaimRow = InsuranceClaimsTable & { session_ids: string[] };

/** What a spend line is grouped under: the catalogue's name, the person's own name, or none. */
export function therapyOf(therapyId: string | null, customName: string | null): SpendTherapy {
  if (therapyId !== null) {
    return { key: therapyId, label: findTherapy(therapyId)?.name ?? therapyId };
  }
  if (customName !== null && customName !== "") {
    return { key: `custom:${customName.toLowerCase()}`, label: customName };
  }
  return { key: "unnamed", label: "Session without a therapy name" };
}

type ChargeJoin = {
  session_id: string;
  local_date: string;
  therapy_id: string | null;
  custom_name: string | null;
  amount_minor: number;
  currency: string;
  paid_by: SpendCharge["paidBy"];
  package_id: string | null;
  receipt_note: string | null;
};

export const toSpendCharge = (row: ChargeJoin): SpendCharge => ({
  sessionId: row.session_id,
  localDate: row.local_date,
  therapy: therapyOf(row.therapy_id, row.custom_name),
  price: { amountMinor: row.amount_minor, currency: row.currency },
  paidBy: row.paid_by,
});

/** A session charge with the session's local day and therapy (live sessions only). */
function chargesWithSessions(db: Queryable, ownerId: string) {
  return db
    .selectFrom("session_charges as charge")
    .innerJoin("therapy_sessions as session", "session.id", "charge.session_id")
    .select([
      "charge.session_id",
      "session.local_date",
      "session.therapy_id",
      "session.custom_name",
      "charge.amount_minor",
      "charge.currency",
      "charge.paid_by",
      "charge.package_id",
      "charge.receipt_note",
    ])
    .where("charge.user_id", "=", ownerId)
    .where("session.user_id", "=", ownerId)
    .where("session.deleted_at", "is", null);
}

/** The costs area's SQL (every query filters by the owner's user_id). */
export const costsRepository = {
  /** The owner's packages (or the one with `packageId`), each with the sessions drawn from it. */
  async packages(db: Queryable, ownerId: string, packageId?: string): Promise<PackageRow[]> {
    const rows = await db
      .selectFrom("cost_packages")
      .selectAll()
      .where("user_id", "=", ownerId)
      .$if(packageId !== undefined, (where) => where.where("id", "=", packageId ?? ""))
      .orderBy("bought_on", "desc")
      .orderBy("id")
      .execute();
    const used = await db
      .selectFrom("session_charges")
      .select(["package_id", (eb) => eb.fn.countAll<number | string>().as("used")])
      .where("user_id", "=", ownerId)
      .$if(packageId === undefined, (where) => where.where("package_id", "is not", null))
      .$if(packageId !== undefined, (where) => where.where("package_id", "=", packageId ?? ""))
      .groupBy("package_id")
      .execute();
    const usedBy = new Map(used.map((row) => [row.package_id, Number(row.used)]));
    return rows.map((row) => ({ ...row, sessions_used: usedBy.get(row.id) ?? 0 }));
  },

  /** Inserts a package unless the owner already used its key (then false). */
  async insertPackage(db: Queryable, row: Insertable<CostPackagesTable>): Promise<boolean> {
    const inserted = await db
      .insertInto("cost_packages")
      .values(row)
      .onConflict((conflict) => conflict.columns(["user_id", "idempotency_key"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    return inserted !== undefined;
  },

  async archivePackage(db: Queryable, ownerId: string, packageId: string, now: string) {
    const result = await db
      .updateTable("cost_packages")
      .set({ archived_at: now, updated_at: now })
      .where("id", "=", packageId)
      .where("user_id", "=", ownerId)
      .where("archived_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  async packageExists(db: Queryable, ownerId: string, packageId: string): Promise<boolean> {
    const row = await db
      .selectFrom("cost_packages")
      .select("id")
      .where("id", "=", packageId)
      .where("user_id", "=", ownerId)
      .executeTakeFirst();
    return row !== undefined;
  },

  async claims(db: Queryable, ownerId: string, claimId?: string): Promise<ClaimRow[]> {
    let query = db.selectFrom("insurance_claims").selectAll().where("user_id", "=", ownerId);
    if (claimId !== undefined) query = query.where("id", "=", claimId);
    const rows = await query.orderBy("created_at", "desc").orderBy("id").execute();
    const links = await db
      .selectFrom("insurance_claim_sessions")
      .select(["claim_id", "session_id"])
      .where("user_id", "=", ownerId)
      .$if(claimId !== undefined, (where) => where.where("claim_id", "=", claimId ?? ""))
      .orderBy("session_id")
      .execute();
    return rows.map((row) => ({
      ...row,
      session_ids: links.filter((link) => link.claim_id === row.id).map((link) => link.session_id),
    }));
  },

  /** Inserts a claim and its sessions unless the owner already used its key (then false). */
  async insertClaim(
    db: Queryable,
    row: Insertable<InsuranceClaimsTable>,
    sessionIds: readonly string[],
  ): Promise<boolean> {
    const inserted = await db
      .insertInto("insurance_claims")
      .values(row)
      .onConflict((conflict) => conflict.columns(["user_id", "idempotency_key"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    if (inserted === undefined) return false;
    if (sessionIds.length === 0) return true;
    await db
      .insertInto("insurance_claim_sessions")
      .values(
        sessionIds.map((sessionId) => ({
          claim_id: row.id,
          session_id: sessionId,
          user_id: row.user_id,
        })),
      )
      .execute();
    return true;
  },

  /** The id of the owner's package, claim or estimate made under `key`, if any. */
  async idByKey(
    db: Queryable,
    table: "cost_packages" | "insurance_claims" | "cost_estimates",
    ownerId: string,
    key: string,
  ): Promise<string | undefined> {
    const row = await db
      .selectFrom(table)
      .select("id")
      .where("user_id", "=", ownerId)
      .where("idempotency_key", "=", key)
      .executeTakeFirst();
    return row?.id;
  },

  /** Writes a claim's new fields when `version` is still current; false otherwise. */
  async updateClaim(
    db: Queryable,
    ownerId: string,
    claimId: string,
    version: number,
    changes: Partial<InsuranceClaimsTable>,
  ): Promise<boolean> {
    const result = await db
      .updateTable("insurance_claims")
      .set({ ...changes, version: version + 1 })
      .where("id", "=", claimId)
      .where("user_id", "=", ownerId)
      .where("version", "=", version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  async deleteClaim(db: Queryable, ownerId: string, claimId: string): Promise<boolean> {
    const result = await db
      .deleteFrom("insurance_claims")
      .where("id", "=", claimId)
      .where("user_id", "=", ownerId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  },

  /** The owner's live sessions among `sessionIds`, with the currency of their charge (if any). */
  async sessionsForClaim(db: Queryable, ownerId: string, sessionIds: readonly string[]) {
    if (sessionIds.length === 0) return [];
    return db
      .selectFrom("therapy_sessions as session")
      .leftJoin("session_charges as charge", "charge.session_id", "session.id")
      .select(["session.id", "charge.currency"])
      .where("session.user_id", "=", ownerId)
      .where("session.deleted_at", "is", null)
      .where("session.id", "in", [...sessionIds])
      .execute();
  },

  /** Charges of sessions whose local day is in [fromDate, toDate]. */
  async chargesBetween(db: Queryable, ownerId: string, fromDate: string, toDate: string) {
    const rows = await chargesWithSessions(db, ownerId)
      .where("session.local_date", ">=", fromDate)
      .where("session.local_date", "<=", toDate)
      .execute();
    return rows.map(toSpendCharge);
  },

  async chargesOf(db: Queryable, ownerId: string, sessionIds: readonly string[]) {
    if (sessionIds.length === 0) return [];
    const rows = await chargesWithSessions(db, ownerId)
      .where("charge.session_id", "in", [...sessionIds])
      .execute();
    return rows.map(toSpendCharge);
  },

  /** Every charge of live sessions, oldest first (the export). */
  async allCharges(db: Queryable, ownerId: string) {
    return chargesWithSessions(db, ownerId)
      .orderBy("session.local_date")
      .orderBy("charge.session_id")
      .execute();
  },

  async packagesBoughtBetween(db: Queryable, ownerId: string, fromDate: string, toDate: string) {
    return db
      .selectFrom("cost_packages")
      .selectAll()
      .where("user_id", "=", ownerId)
      .where("bought_on", ">=", fromDate)
      .where("bought_on", "<=", toDate)
      .execute();
  },

  /** Paid claims with something paid back, and the sessions each covers. */
  async paidClaims(db: Queryable, ownerId: string): Promise<ClaimRow[]> {
    const rows = await db
      .selectFrom("insurance_claims")
      .selectAll()
      .where("user_id", "=", ownerId)
      .where("status", "=", "paid")
      .where("amount_reimbursed_minor", ">", 0)
      .execute();
    if (rows.length === 0) return [];
    const links = await db
      .selectFrom("insurance_claim_sessions")
      .select(["claim_id", "session_id"])
      .where("user_id", "=", ownerId)
      .where(
        "claim_id",
        "in",
        rows.map((row) => row.id),
      )
      .execute();
    return rows.map((row) => ({
      ...row,
      session_ids: links.filter((link) => link.claim_id === row.id).map((link) => link.session_id),
    }));
  },

  async setUsualPrice(
    db: Queryable,
    row: {
      user_id: string;
      plan_item_id: string;
      amount_minor: number;
      currency: string;
      updated_at: string;
    },
  ): Promise<void> {
    const { amount_minor, currency, updated_at } = row;
    await db
      .insertInto("cost_usual_prices")
      .values(row)
      .onConflict((conflict) =>
        conflict
          .columns(["user_id", "plan_item_id"])
          .doUpdateSet({ amount_minor, currency, updated_at }),
      )
      .execute();
  },

  async usualPrices(db: Queryable, ownerId: string) {
    return db.selectFrom("cost_usual_prices").selectAll().where("user_id", "=", ownerId).execute();
  },

  /** The latest charge of a session logged for each plan item (the usual price's fallback). */
  async lastChargeByItem(db: Queryable, ownerId: string, itemIds: readonly string[]) {
    if (itemIds.length === 0) return new Map<string, { amountMinor: number; currency: string }>();
    const rows = await db
      .selectFrom("session_charges as charge")
      .innerJoin("therapy_sessions as session", "session.id", "charge.session_id")
      .select(["session.plan_item_id", "charge.amount_minor", "charge.currency"])
      .where("session.user_id", "=", ownerId)
      .where("session.deleted_at", "is", null)
      .where("session.plan_item_id", "in", [...itemIds])
      .where("charge.paid_by", "!=", "package")
      .orderBy("session.started_at", "asc")
      .execute();
    const latest = new Map<string, { amountMinor: number; currency: string }>();
    for (const row of rows) {
      if (row.plan_item_id !== null) {
        latest.set(row.plan_item_id, { amountMinor: row.amount_minor, currency: row.currency });
      }
    }
    return latest;
  },

  async planItemExists(db: Queryable, ownerId: string, itemId: string): Promise<boolean> {
    const row = await db
      .selectFrom("plan_items")
      .select("id")
      .where("id", "=", itemId)
      .where("user_id", "=", ownerId)
      .where("deleted_at", "is", null)
      .executeTakeFirst();
    return row !== undefined;
  },

  async estimates(
    db: Queryable,
    ownerId: string,
    estimateId?: string,
  ): Promise<CostEstimatesTable[]> {
    let query = db.selectFrom("cost_estimates").selectAll().where("user_id", "=", ownerId);
    if (estimateId !== undefined) query = query.where("id", "=", estimateId);
    return query.orderBy("given_on", "desc").orderBy("id").execute();
  },

  /** Inserts an estimate unless the owner already used its key (then false). */
  async insertEstimate(db: Queryable, row: Insertable<CostEstimatesTable>): Promise<boolean> {
    const inserted = await db
      .insertInto("cost_estimates")
      .values(row)
      .onConflict((conflict) => conflict.columns(["user_id", "idempotency_key"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    return inserted !== undefined;
  },

  async deleteEstimate(db: Queryable, ownerId: string, estimateId: string): Promise<boolean> {
    const result = await db
      .deleteFrom("cost_estimates")
      .where("id", "=", estimateId)
      .where("user_id", "=", ownerId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  },

  /** What was charged in a currency over local days [from, to], of one therapy when named. */
  async billedBetween(
    db: Queryable,
    ownerId: string,
    estimate: Pick<CostEstimatesTable, "currency" | "covers_from" | "covers_to" | "therapy_id">,
  ): Promise<number> {
    const row = await db
      .selectFrom("session_charges as charge")
      .innerJoin("therapy_sessions as session", "session.id", "charge.session_id")
      .select((eb) => eb.fn.sum<number | string | null>("charge.amount_minor").as("billed"))
      .where("charge.user_id", "=", ownerId)
      .where("session.user_id", "=", ownerId)
      .where("session.deleted_at", "is", null)
      .where("charge.currency", "=", estimate.currency)
      .where("session.local_date", ">=", estimate.covers_from)
      .where("session.local_date", "<=", estimate.covers_to)
      .$if(estimate.therapy_id !== null, (where) =>
        where.where("session.therapy_id", "=", estimate.therapy_id),
      )
      .executeTakeFirst();
    return Number(row?.billed ?? 0);
  },
};
