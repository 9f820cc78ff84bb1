import { isPackageRetryOf, type CostPackage, type CreatePackageRequest } from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import { notFound } from "../errors/api-error.js";
import { keyReused, toPackage } from "./cost-records.js";
import type { CostsDependencies } from "./costs-dependencies.js";
import { costsRepository as costs } from "./costs.repository.js";
import type { CostPackagesTable } from "./costs.tables.js";

/** Prepaid packages of sessions: bought, listed with their balance, archived. */
export function costPackagesService(deps: CostsDependencies) {
  const { db, writes, clock, ids } = deps;
  const now = () => clock.now().toISOString();

  return {
    async packages(owner: RecordOwner): Promise<CostPackage[]> {
      return (await costs.packages(db, owner.userId)).map(toPackage);
    },

    /**
     * Saves a package, once per idempotency key: the same key and fields again (a retry) return
     * the package already saved; other fields under a used key are 409 `idempotency_key_reused`.
     */
    async createPackage(owner: RecordOwner, request: CreatePackageRequest): Promise<CostPackage> {
      const at = now();
      const row: CostPackagesTable = {
        id: ids.newId(),
        user_id: owner.userId,
        idempotency_key: request.idempotencyKey,
        name: request.name,
        therapy_id: request.therapyId,
        sessions_total: request.sessionsTotal,
        amount_minor: request.price.amountMinor,
        currency: request.price.currency,
        bought_on: request.boughtOn,
        archived_at: null,
        created_at: at,
        updated_at: at,
      };
      const id = await writes.run(async (trx) => {
        if (await costs.insertPackage(trx, row)) return row.id;
        // The key was used: a retry gets the package already saved, another package a 409.
        const storedId = await costs.idByKey(
          trx,
          "cost_packages",
          owner.userId,
          request.idempotencyKey,
        );
        if (storedId === undefined) throw keyReused("package");
        return storedId;
      });
      const [saved] = await costs.packages(db, owner.userId, id);
      if (saved === undefined) throw notFound("This package");
      const created = toPackage(saved);
      if (id !== row.id && !isPackageRetryOf(request, created)) throw keyReused("package");
      return created;
    },

    async archivePackage(owner: RecordOwner, packageId: string): Promise<void> {
      const isDone = await writes.run(async (trx) => {
        if (!(await costs.packageExists(trx, owner.userId, packageId))) return false;
        await costs.archivePackage(trx, owner.userId, packageId, now());
        return true;
      });
      if (!isDone) throw notFound("This package");
    },
  };
}
