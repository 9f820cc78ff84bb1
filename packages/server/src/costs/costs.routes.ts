import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { CostsService } from "./costs.service.js";

/** "painplan-costs-2026-03-29.csv": the day of the export in the owner's zone. */
const fileName = (extension: string, localToday: string) =>
  `painplan-costs-${localToday}.${extension}`;

export function costsRoutes(route: RouteRegistrar, costs: CostsService): void {
  route(endpoints.listCostPackages, async ({ owner }) => ({ items: await costs.packages(owner) }));
  route(endpoints.createCostPackage, ({ owner, body }) => costs.createPackage(owner, body));
  route(endpoints.archiveCostPackage, async ({ owner, params }) => {
    await costs.archivePackage(owner, params.packageId);
    return undefined;
  });
  route(endpoints.listInsuranceClaims, async ({ owner }) => ({ items: await costs.claims(owner) }));
  route(endpoints.createInsuranceClaim, ({ owner, body }) => costs.createClaim(owner, body));
  route(endpoints.updateInsuranceClaim, ({ owner, params, body }) =>
    costs.updateClaim(owner, params.claimId, body),
  );
  route(endpoints.deleteInsuranceClaim, async ({ owner, params }) => {
    await costs.deleteClaim(owner, params.claimId);
    return undefined;
  });
  route(endpoints.getSpendSummary, ({ owner, query }) => costs.spend(owner, query));
  route(endpoints.getPlanForecast, ({ owner }) => costs.forecast(owner));
  route(endpoints.setUsualPrice, async ({ owner, params, body }) => {
    await costs.setUsualPrice(owner, params.itemId, body.price);
    return undefined;
  });
  route(endpoints.listCostEstimates, async ({ owner }) => ({
    items: await costs.estimates(owner),
  }));
  route(endpoints.createCostEstimate, ({ owner, body }) => costs.createEstimate(owner, body));
  route(endpoints.deleteCostEstimate, async ({ owner, params }) => {
    await costs.deleteEstimate(owner, params.estimateId);
    return undefined;
  });
  route(endpoints.exportCostsCsv, async ({ owner }) => ({
    body: await costs.exportCsv(owner),
    fileName: fileName("csv", costs.today(owner)),
    disposition: "attachment" as const,
  }));
  route(endpoints.exportCostsJson, async ({ owner }) => ({
    body: JSON.stringify(await costs.exportData(owner), null, 2),
    fileName: fileName("json", costs.today(owner)),
    disposition: "attachment" as const,
  }));
}
