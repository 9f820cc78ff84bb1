import { isEstimateRetryOf, type CostEstimate, type CreateEstimateRequest } from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import { notFound } from "../errors/api-error.js";
import { keyReused, toEstimate } from "./cost-records.js";
import type { CostsDependencies } from "./costs-dependencies.js";
import { costsRepository as costs } from "./costs.repository.js";
import type { CostEstimatesTable } from "./costs.tables.js";

/** Estimates (good-faith or not), each compared with what was billed in the period it covers. */
export function costEstimatesService(deps: CostsDependencies) {
  const { db, writes, clock, ids } = deps;
  const now = () => clock.now().toISOString();

  return {
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
  };
}
