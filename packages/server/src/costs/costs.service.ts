import { costsCsv, localDayOf, type CostsExport } from "@painplan/core";
import type { RecordOwner } from "../audit/reader.js";
import { costEstimatesService } from "./cost-estimates.service.js";
import { costPackagesService } from "./cost-packages.service.js";
import type { CostsDependencies } from "./costs-dependencies.js";
import { costsRepository as costs, therapyOf } from "./costs.repository.js";
import { insuranceClaimsService } from "./insurance-claims.service.js";
import { spendService } from "./spend.service.js";

/** Packages, claims, spend, forecast, usual prices, estimates and the export (issue 12). */
export function costsService(deps: CostsDependencies) {
  const { db, clock } = deps;
  const now = () => clock.now().toISOString();
  /** The owner's day today (for the export's file name). */
  const today = (owner: RecordOwner) => localDayOf(now(), owner.timeZone);
  const packages = costPackagesService(deps);
  const claims = insuranceClaimsService(deps);
  const estimates = costEstimatesService(deps);

  const service = {
    ...packages,
    ...claims,
    ...spendService(deps),
    ...estimates,

    /** Everything the person recorded about costs, for the JSON export. */
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
        packages: await packages.packages(owner),
        claims: await claims.claims(owner),
        estimates: await estimates.estimates(owner),
      };
    },

    /** The export as CSV (core's `costsCsv`). */
    async exportCsv(owner: RecordOwner): Promise<string> {
      return costsCsv(await service.exportData(owner));
    },

    today,
  };
  return service;
}

/** The costs use cases the routes call; see `costsService`. */
export type CostsService = ReturnType<typeof costsService>;
