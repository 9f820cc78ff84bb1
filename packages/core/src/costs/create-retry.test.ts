import { describe, expect, it } from "vitest";
import {
  createClaimRequestSchema,
  createPackageRequestSchema,
  type CostPackage,
  type InsuranceClaim,
} from "./costs.schema.js";
import { isClaimRetryOf, isPackageRetryOf } from "./create-retry.js";

const sessionA = "0b6c2f38-0a55-4c38-9d55-3c2f64b1d0a2";
const sessionB = "5a0c6a52-3f5e-4d8a-9c1e-0d8f2b6f4a11";
const request = createClaimRequestSchema.parse({
  idempotencyKey: "7d7e1c3a-8a4b-4c55-9f0e-2b1d3c4e5f60",
  insurer: "Acme Health",
  status: "submitted",
  amountClaimed: { amountMinor: 9_000, currency: "USD" },
  submittedOn: "2026-03-02",
  sessionIds: [sessionB, sessionA, sessionB],
});
const stored: InsuranceClaim = {
  id: "1f0e3a55-6b7c-4d8e-9f00-112233445566",
  insurer: "Acme Health",
  status: "submitted",
  amountClaimed: { amountMinor: 9_000, currency: "USD" },
  amountReimbursedMinor: 0,
  submittedOn: "2026-03-02",
  decidedOn: null,
  sessionIds: [sessionA, sessionB],
  note: "",
  version: 1,
};

describe("isClaimRetryOf", () => {
  it("is a retry when every field is what was saved (sessions as a set, defaults as stored)", () => {
    expect(isClaimRetryOf(request, stored)).toBe(true);
  });

  it("is another claim when a field differs", () => {
    for (const change of [
      { amountReimbursedMinor: 100 },
      { note: "Sent by post" },
      { sessionIds: [sessionA] },
      { amountClaimed: { amountMinor: 9_000, currency: "EUR" } },
    ]) {
      expect(isClaimRetryOf(request, { ...stored, ...change }), JSON.stringify(change)).toBe(false);
    }
  });
});

describe("isPackageRetryOf", () => {
  const packageRequest = createPackageRequestSchema.parse({
    idempotencyKey: "7d7e1c3a-8a4b-4c55-9f0e-2b1d3c4e5f61",
    name: "Ten massages",
    sessionsTotal: 10,
    price: { amountMinor: 80_000, currency: "USD" },
    boughtOn: "2026-03-01",
  });
  const storedPackage: CostPackage = {
    id: "1f0e3a55-6b7c-4d8e-9f00-112233445567",
    name: "Ten massages",
    therapyId: null,
    sessionsTotal: 10,
    price: { amountMinor: 80_000, currency: "USD" },
    boughtOn: "2026-03-01",
    sessionsUsed: 0,
    sessionsLeft: 10,
    unitCostMinor: 8_000,
    remainderMinor: 0,
    valueLeftMinor: 80_000,
    isUsedUp: false,
    isArchived: false,
  };

  it("is a retry when what was bought is what was saved, even after sessions were drawn or it was put away", () => {
    expect(isPackageRetryOf(packageRequest, storedPackage)).toBe(true);
    const drawn = { ...storedPackage, sessionsUsed: 3, sessionsLeft: 7, isArchived: true };
    expect(isPackageRetryOf(packageRequest, drawn)).toBe(true);
  });

  it("is another package when a field differs", () => {
    for (const change of [
      { name: "Five massages" },
      { therapyId: "swedish-massage" },
      { sessionsTotal: 5 },
      { price: { amountMinor: 80_000, currency: "EUR" } },
      { boughtOn: "2026-03-02" },
    ]) {
      expect(
        isPackageRetryOf(packageRequest, { ...storedPackage, ...change }),
        JSON.stringify(change),
      ).toBe(false);
    }
  });
});
