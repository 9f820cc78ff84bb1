import type { CostPackage, CreatePackageRequest } from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import { notFound } from "../errors/api-error.js";
import { toPackage } from "./cost-records.js";
import type { CostsDependencies } from "./costs-dependencies.js";
import { costsRepository as costs } from "./costs.repository.js";

/** Prepaid packages of sessions: bought, listed with their balance, archived. */
export function costPackagesService(deps: CostsDependencies) {
  const { db, writes, clock, ids } = deps;
  const now = () => clock.now().toISOString();

  return {
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
  };
}
