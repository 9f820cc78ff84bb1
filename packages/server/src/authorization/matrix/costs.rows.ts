import type {
  CostEstimate,
  CostPackage,
  InsuranceClaim,
  PlanForecast,
  SpendSummary,
  costsEndpoints,
} from "@painplan/core";
import { expect } from "vitest";
import type { SignedInClient } from "../../testing/accounts.js";
import { planWithItem } from "../../plan/testing/plans.js";
import { aClaimBody, aPackageBody, anEstimateBody } from "../../costs/testing/costs-fixtures.js";
import { ownerOnly, type Cell, type Row } from "./matrix-row.js";

const ownerParams = ({ owner }: Cell) => ({ params: { userId: owner.user.id } });
const costsUrl = (owner: SignedInClient) => `/api/users/${owner.user.id}/costs`;

// A claim already sent (the update row changes only its note).
const claimBody = () => aClaimBody({ status: "submitted", submittedOn: "2026-03-02" });

async function created<T>(owner: SignedInClient, path: string, body: unknown): Promise<T> {
  const response = await owner.client.post(`${costsUrl(owner)}/${path}`, body);
  if (response.statusCode !== 201) throw new Error(`create ${path} failed: ${response.body}`);
  return response.json<T>();
}

const withPackage = async (cell: Cell) => {
  const made = await created<CostPackage>(cell.owner, "packages", aPackageBody());
  return { params: { userId: cell.owner.user.id, packageId: made.id } };
};
const withClaim = async (cell: Cell) => {
  const made = await created<InsuranceClaim>(cell.owner, "claims", claimBody());
  return { params: { userId: cell.owner.user.id, claimId: made.id }, made };
};
const withEstimate = async (cell: Cell) => {
  const made = await created<CostEstimate>(cell.owner, "estimates", anEstimateBody());
  return { params: { userId: cell.owner.user.id, estimateId: made.id } };
};

/** Rows for the costs area (issue 12): health records, so the owner alone; everyone else 404. */
export const costsRows = {
  listCostPackages: {
    call: async (cell) => {
      await created(cell.owner, "packages", aPackageBody());
      return ownerParams(cell);
    },
    expected: ownerOnly(200),
    checkBody: (response) => {
      expect(response.json<{ items: CostPackage[] }>().items[0]?.sessionsLeft).toBe(10);
    },
  },
  createCostPackage: {
    call: (cell) => ({ ...ownerParams(cell), body: aPackageBody() }),
    expected: ownerOnly(201),
  },
  archiveCostPackage: { call: withPackage, expected: ownerOnly(204) },
  listInsuranceClaims: {
    call: async (cell) => {
      await created(cell.owner, "claims", claimBody());
      return ownerParams(cell);
    },
    expected: ownerOnly(200),
  },
  createInsuranceClaim: {
    call: (cell) => ({ ...ownerParams(cell), body: claimBody() }),
    expected: ownerOnly(201),
  },
  updateInsuranceClaim: {
    call: async (cell) => {
      const { params, made } = await withClaim(cell);
      return { params, body: { version: made.version, note: "Sent by post" } };
    },
    expected: ownerOnly(200),
  },
  deleteInsuranceClaim: {
    call: async (cell) => ({ params: (await withClaim(cell)).params }),
    expected: ownerOnly(204),
  },
  getSpendSummary: {
    call: ownerParams,
    expected: ownerOnly(200),
    checkBody: (response, { ownerToday }) => {
      expect(response.json<SpendSummary>().toMonth).toBe(ownerToday.slice(0, 7));
    },
  },
  getPlanForecast: {
    call: ownerParams,
    expected: ownerOnly(200),
    checkBody: (response) => {
      expect(response.json<PlanForecast>().items).toEqual([]);
    },
  },
  setUsualPrice: {
    call: async (cell) => {
      const { item } = await planWithItem(cell.owner);
      return {
        params: { userId: cell.owner.user.id, itemId: item.id },
        body: { price: { amountMinor: 9_000, currency: "USD" } },
      };
    },
    expected: ownerOnly(204),
  },
  listCostEstimates: {
    call: async (cell) => {
      await created(cell.owner, "estimates", anEstimateBody());
      return ownerParams(cell);
    },
    expected: ownerOnly(200),
  },
  createCostEstimate: {
    call: (cell) => ({ ...ownerParams(cell), body: anEstimateBody() }),
    expected: ownerOnly(201),
  },
  deleteCostEstimate: { call: withEstimate, expected: ownerOnly(204) },
  exportCostsCsv: { call: ownerParams, expected: ownerOnly(200) },
  exportCostsJson: { call: ownerParams, expected: ownerOnly(200) },
} satisfies Record<keyof typeof costsEndpoints, Row>;
