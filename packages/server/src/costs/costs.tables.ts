import type { ClaimStatus, PaidBy } from "@painplan/core";
import type { Timestamp } from "../database/columns.js";

/** What one therapy session cost; one row per session (the sessions area's id, no foreign key). */
export type SessionChargesTable = {
  session_id: string;
  user_id: string;
  amount_minor: number;
  currency: string;
  paid_by: PaidBy;
  /** Set exactly when `paid_by` is "package"; the package's currency equals `currency`. */
  package_id: string | null;
  receipt_note: string | null;
  created_at: Timestamp;
};

/** A prepaid package: N sessions bought for an amount; sessions drawn from it count down. */
export type CostPackagesTable = {
  id: string;
  user_id: string;
  /** The client's key for this create (a retry finds the row); null before keys existed. */
  idempotency_key: string | null;
  name: string;
  therapy_id: string | null;
  sessions_total: number;
  amount_minor: number;
  currency: string;
  /** The owner's local day of purchase, YYYY-MM-DD. */
  bought_on: string;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

/** An insurance claim and what the insurer paid back. */
export type InsuranceClaimsTable = {
  id: string;
  user_id: string;
  /** The client's key for this create (a retry finds the row); null before keys existed. */
  idempotency_key: string | null;
  insurer: string;
  status: ClaimStatus;
  currency: string;
  amount_claimed_minor: number;
  amount_reimbursed_minor: number;
  submitted_on: string | null;
  decided_on: string | null;
  note: string;
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
};

/** Which sessions a claim covers. */
export type InsuranceClaimSessionsTable = {
  claim_id: string;
  session_id: string;
  user_id: string;
};

/** The usual price of a plan item, for the forecast (kept here, not in the plan area). */
export type CostUsualPricesTable = {
  user_id: string;
  plan_item_id: string;
  amount_minor: number;
  currency: string;
  updated_at: Timestamp;
};

/** A written self-pay estimate the person enters (a Good Faith Estimate in the US). */
export type CostEstimatesTable = {
  id: string;
  user_id: string;
  /** The client's key for this create (a retry finds the row); null before keys existed. */
  idempotency_key: string | null;
  provider: string;
  description: string;
  therapy_id: string | null;
  amount_minor: number;
  currency: string;
  /** 1 = a Good Faith Estimate under the US No Surprises Act, 0 = another written estimate. */
  is_good_faith_estimate: number;
  given_on: string;
  covers_from: string;
  covers_to: string;
  created_at: Timestamp;
};

declare module "../database/tables.js" {
  interface Tables {
    session_charges: SessionChargesTable;
    cost_packages: CostPackagesTable;
    insurance_claims: InsuranceClaimsTable;
    insurance_claim_sessions: InsuranceClaimSessionsTable;
    cost_usual_prices: CostUsualPricesTable;
    cost_estimates: CostEstimatesTable;
  }
}
