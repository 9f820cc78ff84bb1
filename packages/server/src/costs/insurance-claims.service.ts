import {
  claimIssues,
  isClaimRetryOf,
  type CreateClaimRequest,
  type InsuranceClaim,
  type UpdateClaimRequest,
} from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import type { Database } from "../database/database.js";
import { lockRecord } from "../database/record-lock.js";
import { ApiError, fieldError, notFound } from "../errors/api-error.js";
import { keyReused, toClaim } from "./cost-records.js";
import type { CostsDependencies } from "./costs-dependencies.js";
import { costsRepository as costs } from "./costs.repository.js";

/** 409: the claim is no longer at the version the change was made on. */
function changedElsewhere(currentVersion?: number): ApiError {
  const message = "This claim was changed elsewhere; reload it.";
  return new ApiError(
    "write_conflict",
    message,
    currentVersion === undefined ? undefined : { currentVersion },
  );
}

/**
 * Insurance claims over the owner's sessions: each claim is versioned (a change names the version
 * it was made on; 409 otherwise) and checked by core's claim rules.
 */
export function insuranceClaimsService(deps: CostsDependencies) {
  const { db, writes, clock, ids } = deps;
  const now = () => clock.now().toISOString();

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

  return {
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
          throw changedElsewhere(current.version);
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
        if (!isSaved) throw changedElsewhere();
        return claimById(trx, owner, claimId);
      });
      return toClaim(row);
    },

    async deleteClaim(owner: RecordOwner, claimId: string): Promise<void> {
      const isDeleted = await writes.run((trx) => costs.deleteClaim(trx, owner.userId, claimId));
      if (!isDeleted) throw notFound("This claim");
    },
  };
}
