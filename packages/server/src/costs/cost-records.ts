import {
  compareWithEstimate,
  packageBalance,
  type CostEstimate,
  type CostPackage,
  type InsuranceClaim,
} from "@painplan/core";
import { ApiError } from "../errors/api-error.js";
import type { ClaimRow, PackageRow } from "./costs.repository.js";
import type { CostEstimatesTable } from "./costs.tables.js";

/** A stored package as the contract shows it, with its balance (sessions and money left). */
export function toPackage(row: PackageRow): CostPackage {
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

/** A stored claim as the contract shows it. */
export function toClaim(row: ClaimRow): InsuranceClaim {
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

/** A stored estimate as the contract shows it, compared with what was billed in its period. */
export function toEstimate(row: CostEstimatesTable, billedMinor: number): CostEstimate {
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

/** 409: a create's idempotency key was already used for a different package, claim or estimate. */
export const keyReused = (what: "package" | "claim" | "estimate") =>
  new ApiError(
    "idempotency_key_reused",
    `This idempotency key was already used for a different ${what}. Send a new key for a new ${what}.`,
    { fields: [{ path: "idempotencyKey", message: `Already used for a different ${what}.` }] },
  );
