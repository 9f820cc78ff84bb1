import { randomUUID } from "node:crypto";
import type {
  CostEstimate,
  CostPackage,
  ErrorBody,
  InsuranceClaim,
  SpendSummary,
  PlanForecast,
} from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { useTestApp } from "../testing/test-app.js";
import { planWithItem } from "../plan/testing/plans.js";
import {
  aClaimBody,
  aPackageBody,
  anEstimateBody,
  logSession,
  paidBySelf,
  usd,
} from "./testing/costs-fixtures.js";

const testApp = useTestApp();
const base = (person: SignedInClient) => `/api/users/${person.user.id}/costs`;

async function aPackage(person: SignedInClient, sessionsTotal = 3, amountMinor = 10_000) {
  const response = await person.client.post(
    `${base(person)}/packages`,
    aPackageBody({ name: "Three massages", sessionsTotal, price: usd(amountMinor) }),
  );
  expect(response.statusCode).toBe(201);
  return response.json<CostPackage>();
}

describe("costs: packages", () => {
  it("counts down as sessions are drawn, with the unit cost and its remainder", async () => {
    const person = await signedInPatient(testApp);
    const bought = await aPackage(person);
    expect(bought).toMatchObject({ sessionsLeft: 3, unitCostMinor: 3_333, remainderMinor: 1 });
    await logSession(testApp.database.db, person.user.id, {
      localDate: "2026-03-10",
      charge: {
        price: { amountMinor: 3_334, currency: "USD" },
        paidBy: "package",
        packageId: bought.id,
        receiptNote: null,
      },
    });
    const list = await person.client.get(`${base(person)}/packages`);
    expect(list.json<{ items: CostPackage[] }>().items[0]).toMatchObject({
      sessionsUsed: 1,
      sessionsLeft: 2,
      valueLeftMinor: 6_666,
    });
  });

  it("a package put away stays listed and no session is drawn from it", async () => {
    const person = await signedInPatient(testApp);
    const bought = await aPackage(person);
    const archived = await person.client.request("DELETE", `${base(person)}/packages/${bought.id}`);
    expect(archived.statusCode).toBe(204);
    const list = await person.client.get(`${base(person)}/packages`);
    expect(list.json<{ items: CostPackage[] }>().items[0]?.isArchived).toBe(true);
    await expect(
      logSession(testApp.database.db, person.user.id, {
        localDate: "2026-03-10",
        charge: {
          price: { amountMinor: 1, currency: "USD" },
          paidBy: "package",
          packageId: bought.id,
          receiptNote: null,
        },
      }),
    ).rejects.toMatchObject({ statusCode: 400 });
  });
});

describe("costs: a package sent again with its key", () => {
  it("the same body (the answer was lost) is the first package, even after a session was drawn from it", async () => {
    const person = await signedInPatient(testApp);
    const body = aPackageBody();
    const first = await person.client.post(`${base(person)}/packages`, body);
    expect(first.statusCode).toBe(201);
    const bought = first.json<CostPackage>();
    await logSession(testApp.database.db, person.user.id, {
      localDate: "2026-03-10",
      charge: { price: usd(8_000), paidBy: "package", packageId: bought.id, receiptNote: null },
    });
    const retry = await person.client.post(`${base(person)}/packages`, body);
    expect(retry.statusCode).toBe(201);
    expect(retry.json<CostPackage>()).toEqual({
      ...bought,
      sessionsUsed: 1,
      sessionsLeft: 9,
      valueLeftMinor: 72_000,
    });
    const list = await person.client.get(`${base(person)}/packages`);
    expect(list.json<{ items: CostPackage[] }>().items).toHaveLength(1);
  });

  it("another package under a used key is 409 idempotency_key_reused, nothing written", async () => {
    const person = await signedInPatient(testApp);
    const first = aPackageBody();
    expect((await person.client.post(`${base(person)}/packages`, first)).statusCode).toBe(201);
    for (const change of [
      { sessionsTotal: 5 },
      { name: "Five massages" },
      { price: usd(70_000) },
    ]) {
      const response = await person.client.post(`${base(person)}/packages`, {
        ...first,
        ...change,
      });
      expect(response.statusCode, JSON.stringify(change)).toBe(409);
      expect(response.json<ErrorBody>().error).toMatchObject({
        code: "idempotency_key_reused",
        details: { fields: [{ path: "idempotencyKey" }] },
      });
    }
    const list = await person.client.get(`${base(person)}/packages`);
    expect(list.json<{ items: CostPackage[] }>().items).toHaveLength(1);
  });
});

describe("costs: claims and the spend summary", () => {
  it("sums by month and therapy in the owner's months, net of a paid claim, per currency", async () => {
    const person = await signedInPatient(testApp);
    const db = testApp.database.db;
    const first = await logSession(db, person.user.id, {
      localDate: "2026-01-10",
      charge: paidBySelf(9_000),
    });
    const second = await logSession(db, person.user.id, {
      localDate: "2026-02-07",
      charge: paidBySelf(9_000),
    });
    await logSession(db, person.user.id, {
      localDate: "2026-02-20",
      therapyId: null,
      customName: "Cupping",
      charge: paidBySelf(5_000, "EUR"),
    });
    await aPackage(person, 10, 80_000);
    const claim = await person.client.post(
      `${base(person)}/claims`,
      aClaimBody({
        status: "submitted",
        amountClaimed: usd(18_000),
        submittedOn: "2026-02-10",
        sessionIds: [first, second],
      }),
    );
    expect(claim.statusCode).toBe(201);
    const claimed = claim.json<InsuranceClaim>();
    const paid = await person.client.patch(`${base(person)}/claims/${claimed.id}`, {
      version: claimed.version,
      status: "paid",
      amountReimbursedMinor: 10_000,
      decidedOn: "2026-03-05",
    });
    expect(paid.statusCode).toBe(200);
    expect(paid.json<InsuranceClaim>()).toMatchObject({ status: "paid", version: 2 });

    const response = await person.client.get(`${base(person)}/spend?from=2026-01&to=2026-03`);
    expect(response.statusCode).toBe(200);
    const summary = response.json<SpendSummary & { timeZone: string }>();
    expect(summary.currencies.map((block) => block.currency)).toEqual(["EUR", "USD"]);
    const dollars = summary.currencies[1];
    expect(dollars).toMatchObject({
      spentMinor: 98_000,
      reimbursedMinor: 10_000,
      netMinor: 88_000,
    });
    expect(dollars?.byMonth).toEqual([
      { month: "2026-01", spentMinor: 9_000, reimbursedMinor: 5_000, netMinor: 4_000 },
      { month: "2026-02", spentMinor: 9_000, reimbursedMinor: 5_000, netMinor: 4_000 },
      { month: "2026-03", spentMinor: 80_000, reimbursedMinor: 0, netMinor: 80_000 },
    ]);
    expect(summary.currencies[0]?.byTherapy[0]).toMatchObject({
      label: "Cupping",
      spentMinor: 5_000,
    });
  });

  it("a stale version is a 409 with the current version; the claim is unchanged", async () => {
    const person = await signedInPatient(testApp);
    const created = await person.client.post(`${base(person)}/claims`, aClaimBody());
    const claim = created.json<InsuranceClaim>();
    await person.client.patch(`${base(person)}/claims/${claim.id}`, {
      version: 1,
      note: "Sent by post",
    });
    const stale = await person.client.patch(`${base(person)}/claims/${claim.id}`, {
      version: 1,
      note: "Other",
    });
    expect(stale.statusCode).toBe(409);
    const list = await person.client.get(`${base(person)}/claims`);
    expect(list.json<{ items: InsuranceClaim[] }>().items[0]?.note).toBe("Sent by post");
  });
});

describe("costs: a create sent again with its key", () => {
  const aClaim = (idempotencyKey: string, amountMinor = 9_000) =>
    aClaimBody({ idempotencyKey, amountClaimed: usd(amountMinor) });
  const anEstimate = (idempotencyKey: string, amountMinor = 50_000) =>
    anEstimateBody({ idempotencyKey, amount: usd(amountMinor) });

  it("the same body (the answer was lost) is the first claim or estimate, not a second", async () => {
    const person = await signedInPatient(testApp);
    for (const [path, body] of [
      ["claims", aClaim(randomUUID())],
      ["estimates", anEstimate(randomUUID())],
    ] as const) {
      const first = await person.client.post(`${base(person)}/${path}`, body);
      const retry = await person.client.post(`${base(person)}/${path}`, body);
      expect([first.statusCode, retry.statusCode], path).toEqual([201, 201]);
      expect(retry.json(), path).toEqual(first.json());
      const list = await person.client.get(`${base(person)}/${path}`);
      expect(list.json<{ items: unknown[] }>().items, path).toHaveLength(1);
    }
  });

  it("another claim or estimate under a used key is 409 idempotency_key_reused, nothing written", async () => {
    const person = await signedInPatient(testApp);
    const claimKey = randomUUID();
    const estimateKey = randomUUID();
    for (const [path, first, other] of [
      ["claims", aClaim(claimKey), aClaim(claimKey, 8_000)],
      ["estimates", anEstimate(estimateKey), anEstimate(estimateKey, 40_000)],
    ] as const) {
      await person.client.post(`${base(person)}/${path}`, first);
      const response = await person.client.post(`${base(person)}/${path}`, other);
      expect(response.statusCode, path).toBe(409);
      expect(response.json<ErrorBody>().error, path).toMatchObject({
        code: "idempotency_key_reused",
        details: { fields: [{ path: "idempotencyKey" }] },
      });
      const list = await person.client.get(`${base(person)}/${path}`);
      expect(list.json<{ items: unknown[] }>().items, path).toHaveLength(1);
    }
  });
});

describe("costs: forecast and estimates", () => {
  it("every 2 weeks at 90 USD ≈ 585 USD per quarter", async () => {
    const person = await signedInPatient(testApp);
    const { item } = await planWithItem(person, {
      therapyId: "swedish-massage",
      schedule: {
        cadence: { kind: "weekly", interval: 2, days: ["MO"] },
        startDate: "2026-03-30",
        timeOfDay: "10:00",
        durationMinutes: 60,
        end: { kind: "never" },
      },
    });
    const set = await person.client.request("PUT", `${base(person)}/usual-prices/${item.id}`, {
      price: { amountMinor: 9_000, currency: "USD" },
    });
    expect(set.statusCode).toBe(204);
    const response = await person.client.get(`${base(person)}/forecast`);
    expect(response.statusCode).toBe(200);
    const forecast = response.json<PlanForecast>();
    expect(forecast.items[0]).toMatchObject({
      sessionsNextYear: 26,
      averageQuarter: { amountMinor: 58_500, currency: "USD" },
    });
    expect(forecast.averageQuarterTotals).toEqual([{ amountMinor: 58_500, currency: "USD" }]);
  });

  it("a Good Faith Estimate exceeded by 400 USD or more may be disputed", async () => {
    const person = await signedInPatient(testApp);
    for (const day of ["2026-03-02", "2026-03-09"]) {
      await logSession(testApp.database.db, person.user.id, {
        localDate: day,
        charge: paidBySelf(45_000),
      });
    }
    const response = await person.client.post(`${base(person)}/estimates`, anEstimateBody());
    expect(response.statusCode).toBe(201);
    expect(response.json<CostEstimate>().comparison).toMatchObject({
      billed: { amountMinor: 90_000, currency: "USD" },
      differenceMinor: 40_000,
      mayDispute: true,
    });
  });
});

describe("costs: export", () => {
  it("CSV (RFC 4180, CRLF) and JSON carry the same charges", async () => {
    const person = await signedInPatient(testApp);
    await logSession(testApp.database.db, person.user.id, {
      localDate: "2026-03-02",
      charge: { ...paidBySelf(9_050), receiptNote: 'Card, "blue" folder' },
    });
    const csv = await person.client.get(`${base(person)}/export.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body.split("\r\n")[1]).toMatch(
      /^session,.*,2026-03-02,Swedish massage,USD,90.50,9050,self,,,,,,"Card, ""blue"" folder"$/,
    );
    const json = await person.client.get(`${base(person)}/export.json`);
    expect(
      json.json<{ charges: { price: { amountMinor: number } }[] }>().charges[0]?.price.amountMinor,
    ).toBe(9_050);
  });
});
