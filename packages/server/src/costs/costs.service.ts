import {
  addCalendarDays,
  claimIssues,
  compareWithEstimate,
  costsCsv,
  forecastYearDays,
  isClaimRetryOf,
  isEstimateRetryOf,
  localDayOf,
  packageBalance,
  planForecast,
  quarterDays,
  spendSummary,
  type CostEstimate,
  type CostPackage,
  type CostsExport,
  type CreateClaimRequest,
  type CreateEstimateRequest,
  type CreatePackageRequest,
  type InsuranceClaim,
  type Money,
  type UpdateClaimRequest,
} from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import type { Database } from "../database/database.js";
import type { WriteTransactions } from "../database/group-commit.js";
import { lockRecord } from "../database/record-lock.js";
import { ApiError, fieldError, notFound } from "../errors/api-error.js";
import type { PlanOccurrences } from "../plan/plan-calendar.service.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import {
  costsRepository as costs,
  therapyOf,
  type ClaimRow,
  type PackageRow,
} from "./costs.repository.js";
import type { CostEstimatesTable } from "./costs.tables.js";

export type CostsDependencies = {
  db: Database;
  writes: WriteTransactions;
  clock: Clock;
  ids: IdSource;
  planOccurrences: PlanOccurrences;
};

const dayMs = 86_400_000;

const keyReused = (what: "claim" | "estimate") =>
  new ApiError(
    "idempotency_key_reused",
    `This idempotency key was already used for a different ${what}. Send a new key for a new ${what}.`,
    { fields: [{ path: "idempotencyKey", message: `Already used for a different ${what}.` }] },
  );

function toPackage(row: PackageRow): CostPackage {
  const balance = packageBalance(
    { sessionsTotal: row.sessions_total, amountMinor: row.amount_minor },
    row.sessions_used,
  );
  return {
    id: row.id,
    name: row.name,
    therapyId: row.therapy_id,
    sessionsTotal: row.sessions_total,
    price: { amountMinor: row.amount_minor, currency: row.currency },
    boughtOn: row.bought_on,
    ...balance,
    isArchived: row.archived_at !== null,
  };
}

function toClaim(row: ClaimRow): InsuranceClaim {
  return {
    id: row.id,
    insurer: row.insurer,
    status: row.status,
    amountClaimed: { amountMinor: row.amount_claimed_minor, currency: row.currency },
    amountReimbursedMinor: row.amount_reimbursed_minor,
    submittedOn: row.submitted_on,
    decidedOn: row.decided_on,
    sessionIds: row.session_ids,
    note: row.note,
    version: row.version,
  };
}

function toEstimate(row: CostEstimatesTable, billedMinor: number): CostEstimate {
  return {
    id: row.id,
    provider: row.provider,
    description: row.description,
    therapyId: row.therapy_id,
    isGoodFaithEstimate: row.is_good_faith_estimate === 1,
    givenOn: row.given_on,
    coversFrom: row.covers_from,
    coversTo: row.covers_to,
    comparison: compareWithEstimate(
      {
        amountMinor: row.amount_minor,
        currency: row.currency,
        isGoodFaithEstimate: row.is_good_faith_estimate === 1,
      },
      billedMinor,
    ),
  };
}

/** The last day of a month "YYYY-MM" (the day before the next month's first). */
function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const next =
    monthNumber === 12
      ? `${year + 1}-01-01`
      : `${year}-${String(monthNumber + 1).padStart(2, "0")}-01`;
  return addCalendarDays(next, -1);
}

/** Packages, claims, spend, forecast, usual prices, estimates and the export (issue 12). */
export function costsService(deps: CostsDependencies) {
  const { db, writes, clock, ids } = deps;
  const now = () => clock.now().toISOString();
  const today = (owner: RecordOwner) => localDayOf(now(), owner.timeZone);

  /** A claim's sessions must be the owner's, and any charge on them in the claim's currency. */
  async function checkClaimSessions(
    trx: Database,
    owner: RecordOwner,
    sessionIds: readonly string[],
    currency: string,
  ) {
    const found = await costs.sessionsForClaim(trx, owner.userId, sessionIds);
    const byId = new Map(found.map((row) => [row.id, row.currency]));
    sessionIds.forEach((sessionId, index) => {
      if (!byId.has(sessionId)) {
        throw fieldError(`sessionIds.${index}`, "This session was not found among your sessions.");
      }
      const chargeCurrency = byId.get(sessionId);
      if (chargeCurrency !== null && chargeCurrency !== undefined && chargeCurrency !== currency) {
        throw fieldError(
          `sessionIds.${index}`,
          `This session was charged in ${chargeCurrency}; a claim in ${currency} cannot cover it.`,
        );
      }
    });
  }

  async function claimById(trx: Database, owner: RecordOwner, claimId: string) {
    const [row] = await costs.claims(trx, owner.userId, claimId);
    if (row === undefined) throw notFound("This claim");
    return row;
  }

  const service = {
    async packages(owner: RecordOwner): Promise<CostPackage[]> {
      return (await costs.packages(db, owner.userId)).map(toPackage);
    },

    async createPackage(owner: RecordOwner, request: CreatePackageRequest): Promise<CostPackage> {
      const id = ids.newId();
      const at = now();
      await writes.run((trx) =>
        costs.insertPackage(trx, {
          id,
          user_id: owner.userId,
          name: request.name,
          therapy_id: request.therapyId,
          sessions_total: request.sessionsTotal,
          amount_minor: request.price.amountMinor,
          currency: request.price.currency,
          bought_on: request.boughtOn,
          archived_at: null,
          created_at: at,
          updated_at: at,
        }),
      );
      const created = (await costs.packages(db, owner.userId)).find((row) => row.id === id);
      if (created === undefined) throw notFound("This package");
      return toPackage(created);
    },

    async archivePackage(owner: RecordOwner, packageId: string): Promise<void> {
      const isDone = await writes.run(async (trx) => {
        if (!(await costs.packageExists(trx, owner.userId, packageId))) return false;
        await costs.archivePackage(trx, owner.userId, packageId, now());
        return true;
      });
      if (!isDone) throw notFound("This package");
    },

    async claims(owner: RecordOwner): Promise<InsuranceClaim[]> {
      return (await costs.claims(db, owner.userId)).map(toClaim);
    },

    async createClaim(owner: RecordOwner, request: CreateClaimRequest): Promise<InsuranceClaim> {
      const id = ids.newId();
      const at = now();
      const sessionIds = [...new Set(request.sessionIds)];
      const row = await writes.run(async (trx) => {
        await checkClaimSessions(trx, owner, sessionIds, request.amountClaimed.currency);
        const isNew = await costs.insertClaim(
          trx,
          {
            id,
            user_id: owner.userId,
            idempotency_key: request.idempotencyKey,
            insurer: request.insurer,
            status: request.status,
            currency: request.amountClaimed.currency,
            amount_claimed_minor: request.amountClaimed.amountMinor,
            amount_reimbursed_minor: request.amountReimbursedMinor,
            submitted_on: request.submittedOn,
            decided_on: request.decidedOn,
            note: request.note,
            version: 1,
            created_at: at,
            updated_at: at,
          },
          sessionIds,
        );
        if (isNew) return claimById(trx, owner, id);
        // The key was used: a retry gets the claim already saved, another claim a 409.
        const storedId = await costs.idByKey(
          trx,
          "insurance_claims",
          owner.userId,
          request.idempotencyKey,
        );
        const stored = storedId === undefined ? undefined : await claimById(trx, owner, storedId);
        if (stored === undefined || !isClaimRetryOf(request, toClaim(stored)))
          throw keyReused("claim");
        return stored;
      });
      return toClaim(row);
    },

    async updateClaim(
      owner: RecordOwner,
      claimId: string,
      request: UpdateClaimRequest,
    ): Promise<InsuranceClaim> {
      const row = await writes.run(async (trx) => {
        await lockRecord(trx, `insurance-claim:${claimId}`);
        const current = await claimById(trx, owner, claimId);
        if (current.version !== request.version) {
          throw new ApiError("write_conflict", "This claim was changed elsewhere; reload it.", {
            currentVersion: current.version,
          });
        }
        const next = {
          status: request.status ?? current.status,
          amount_reimbursed_minor: request.amountReimbursedMinor ?? current.amount_reimbursed_minor,
          submitted_on:
            request.submittedOn === undefined ? current.submitted_on : request.submittedOn,
          decided_on: request.decidedOn === undefined ? current.decided_on : request.decidedOn,
          note: request.note ?? current.note,
        };
        const issues = claimIssues({
          status: next.status,
          amountClaimed: { amountMinor: current.amount_claimed_minor },
          amountReimbursedMinor: next.amount_reimbursed_minor,
          submittedOn: next.submitted_on,
          decidedOn: next.decided_on,
        });
        if (issues.length > 0) {
          throw new ApiError("validation_failed", issues[0]?.message ?? "Check the claim.", {
            fields: issues,
          });
        }
        const isSaved = await costs.updateClaim(trx, owner.userId, claimId, current.version, {
          ...next,
          updated_at: now(),
        });
        if (!isSaved)
          throw new ApiError("write_conflict", "This claim was changed elsewhere; reload it.");
        return claimById(trx, owner, claimId);
      });
      return toClaim(row);
    },

    async deleteClaim(owner: RecordOwner, claimId: string): Promise<void> {
      const isDeleted = await writes.run((trx) => costs.deleteClaim(trx, owner.userId, claimId));
      if (!isDeleted) throw notFound("This claim");
    },

    /** Spend by month and therapy for [from, to] (months in the owner's zone; default 12 months). */
    async spend(owner: RecordOwner, query: { from?: string | undefined; to?: string | undefined }) {
      const thisMonth = today(owner).slice(0, 7);
      const toMonth = query.to ?? thisMonth;
      const fromMonth = query.from ?? addCalendarDays(`${toMonth}-01`, -334).slice(0, 7);
      if (fromMonth > toMonth)
        throw fieldError("from", "The first month must not be after the last.");
      const fromDate = `${fromMonth}-01`;
      const toDate = lastDayOf(toMonth);
      const charges = await costs.chargesBetween(db, owner.userId, fromDate, toDate);
      const claimRows = await costs.paidClaims(db, owner.userId);
      const known = new Set(charges.map((charge) => charge.sessionId));
      const missing = [...new Set(claimRows.flatMap((claim) => claim.session_ids))].filter(
        (sessionId) => !known.has(sessionId),
      );
      const claimCharges = await costs.chargesOf(db, owner.userId, missing);
      const packages = await costs.packagesBoughtBetween(db, owner.userId, fromDate, toDate);
      const summary = spendSummary({
        fromMonth,
        toMonth,
        charges: [...charges, ...claimCharges].filter((charge) => charge.localDate <= toDate),
        packages: packages.map((row) => ({
          packageId: row.id,
          boughtOn: row.bought_on,
          therapy:
            row.therapy_id === null
              ? { key: "package", label: row.name }
              : { key: row.therapy_id, label: row.name },
          amount: { amountMinor: row.amount_minor, currency: row.currency },
        })),
        claims: claimRows.map((row) => ({
          claimId: row.id,
          status: row.status,
          reimbursed: { amountMinor: row.amount_reimbursed_minor, currency: row.currency },
          sessionIds: row.session_ids,
          localDate:
            row.decided_on ?? localDayOf(new Date(row.created_at).toISOString(), owner.timeZone),
        })),
      });
      return { ...summary, timeZone: owner.timeZone };
    },

    /** The active plan's forecast: 13 weeks of dated sessions, and a quarter of 52 weeks. */
    async forecast(owner: RecordOwner) {
      const from = now();
      const yearEnd = new Date(clock.now().getTime() + forecastYearDays * dayMs).toISOString();
      const quarterEnd = new Date(clock.now().getTime() + quarterDays * dayMs).toISOString();
      const occurrences = (await deps.planOccurrences(owner.userId, from, yearEnd)).filter(
        (occurrence) =>
          occurrence.status !== "cancelled" &&
          occurrence.status !== "paused" &&
          occurrence.status !== "held" &&
          occurrence.start >= from,
      );
      const titles = new Map(
        occurrences.map((occurrence) => [occurrence.itemId, occurrence.title]),
      );
      const itemIds = [...titles.keys()];
      const set = new Map(
        (await costs.usualPrices(db, owner.userId)).map((row) => [
          row.plan_item_id,
          { amountMinor: row.amount_minor, currency: row.currency },
        ]),
      );
      const last = await costs.lastChargeByItem(db, owner.userId, itemIds);
      const forecast = planForecast({
        from,
        quarterEnd,
        items: itemIds.map((itemId) => ({
          itemId,
          title: titles.get(itemId) ?? "",
          usualPrice: set.get(itemId) ?? last.get(itemId) ?? null,
        })),
        occurrences,
      });
      return { ...forecast, timeZone: owner.timeZone };
    },

    async setUsualPrice(owner: RecordOwner, itemId: string, price: Money): Promise<void> {
      const isSet = await writes.run(async (trx) => {
        if (!(await costs.planItemExists(trx, owner.userId, itemId))) return false;
        await costs.setUsualPrice(trx, {
          user_id: owner.userId,
          plan_item_id: itemId,
          amount_minor: price.amountMinor,
          currency: price.currency,
          updated_at: now(),
        });
        return true;
      });
      if (!isSet) throw notFound("This plan item");
    },

    async estimates(owner: RecordOwner): Promise<CostEstimate[]> {
      const rows = await costs.estimates(db, owner.userId);
      return Promise.all(
        rows.map(async (row) => toEstimate(row, await costs.billedBetween(db, owner.userId, row))),
      );
    },

    async createEstimate(
      owner: RecordOwner,
      request: CreateEstimateRequest,
    ): Promise<CostEstimate> {
      const row: CostEstimatesTable = {
        id: ids.newId(),
        user_id: owner.userId,
        idempotency_key: request.idempotencyKey,
        provider: request.provider,
        description: request.description,
        therapy_id: request.therapyId,
        amount_minor: request.amount.amountMinor,
        currency: request.amount.currency,
        is_good_faith_estimate: request.isGoodFaithEstimate ? 1 : 0,
        given_on: request.givenOn,
        covers_from: request.coversFrom,
        covers_to: request.coversTo,
        created_at: now(),
      };
      const saved = await writes.run(async (trx) => {
        if (await costs.insertEstimate(trx, row)) return row;
        // The key was used: a retry gets the estimate already saved, another estimate a 409.
        const storedId = await costs.idByKey(
          trx,
          "cost_estimates",
          owner.userId,
          request.idempotencyKey,
        );
        const [stored] =
          storedId === undefined ? [] : await costs.estimates(trx, owner.userId, storedId);
        if (stored === undefined) throw keyReused("estimate");
        return stored;
      });
      const estimate = toEstimate(saved, await costs.billedBetween(db, owner.userId, saved));
      if (saved !== row && !isEstimateRetryOf(request, estimate)) throw keyReused("estimate");
      return estimate;
    },

    async deleteEstimate(owner: RecordOwner, estimateId: string): Promise<void> {
      const isDeleted = await writes.run((trx) =>
        costs.deleteEstimate(trx, owner.userId, estimateId),
      );
      if (!isDeleted) throw notFound("This estimate");
    },

    async exportData(owner: RecordOwner): Promise<CostsExport> {
      const charges = await costs.allCharges(db, owner.userId);
      return {
        format: "painplan-costs",
        version: 1,
        exportedAt: now(),
        timeZone: owner.timeZone,
        charges: charges.map((row) => ({
          sessionId: row.session_id,
          localDate: row.local_date,
          therapy: therapyOf(row.therapy_id, row.custom_name).label,
          price: { amountMinor: row.amount_minor, currency: row.currency },
          paidBy: row.paid_by,
          packageId: row.package_id,
          receiptNote: row.receipt_note,
        })),
        packages: await service.packages(owner),
        claims: await service.claims(owner),
        estimates: await service.estimates(owner),
      };
    },

    async exportCsv(owner: RecordOwner): Promise<string> {
      return costsCsv(await service.exportData(owner));
    },

    today,
  };
  return service;
}

export type CostsService = ReturnType<typeof costsService>;
