import type {
  CostEstimate,
  CostPackage,
  CreateClaimRequest,
  CreateEstimateRequest,
  CreatePackageRequest,
  InsuranceClaim,
} from "./costs.schema.js";

const same = (left: unknown, right: unknown) => JSON.stringify(left) === JSON.stringify(right);

/**
 * Whether a claim create that reuses an idempotency key is a retry of the one that made
 * `stored`: every field equal to what was saved (sessions as a set). Anything else is another
 * claim under a used key, which the server refuses with 409 `idempotency_key_reused`.
 */
export function isClaimRetryOf(request: CreateClaimRequest, stored: InsuranceClaim): boolean {
  return (
    same(
      [
        request.insurer,
        request.status,
        request.amountClaimed.amountMinor,
        request.amountClaimed.currency,
        request.amountReimbursedMinor,
        request.submittedOn,
        request.decidedOn,
        request.note,
      ],
      [
        stored.insurer,
        stored.status,
        stored.amountClaimed.amountMinor,
        stored.amountClaimed.currency,
        stored.amountReimbursedMinor,
        stored.submittedOn,
        stored.decidedOn,
        stored.note,
      ],
    ) && same([...new Set(request.sessionIds)].sort(), [...stored.sessionIds].sort())
  );
}

/** Whether an estimate create that reuses an idempotency key is a retry of the one that made `stored`. */
export function isEstimateRetryOf(request: CreateEstimateRequest, stored: CostEstimate): boolean {
  return same(
    [
      request.provider,
      request.description,
      request.therapyId,
      request.amount.amountMinor,
      request.amount.currency,
      request.isGoodFaithEstimate,
      request.givenOn,
      request.coversFrom,
      request.coversTo,
    ],
    [
      stored.provider,
      stored.description,
      stored.therapyId,
      stored.comparison.estimate.amountMinor,
      stored.comparison.estimate.currency,
      stored.isGoodFaithEstimate,
      stored.givenOn,
      stored.coversFrom,
      stored.coversTo,
    ],
  );
}

/**
 * Whether a package create that reuses an idempotency key is a retry of the one that made
 * `stored`: name, therapy, sessions, price and day as saved (its balance may have moved since).
 */
export function isPackageRetryOf(request: CreatePackageRequest, stored: CostPackage): boolean {
  return same(
    [
      request.name,
      request.therapyId,
      request.sessionsTotal,
      request.price.amountMinor,
      request.price.currency,
      request.boughtOn,
    ],
    [
      stored.name,
      stored.therapyId,
      stored.sessionsTotal,
      stored.price.amountMinor,
      stored.price.currency,
      stored.boughtOn,
    ],
  );
}
