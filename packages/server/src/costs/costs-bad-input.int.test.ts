import type { ErrorBody } from "@painplan/core";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { useTestApp } from "../testing/test-app.js";
import { aPackageBody, logSession, paidBySelf } from "./testing/costs-fixtures.js";

const testApp = useTestApp();
const base = (person: SignedInClient) => `/api/users/${person.user.id}/costs`;

const fieldPaths = (body: string) =>
  (JSON.parse(body) as ErrorBody).error.details?.fields?.map((field) => field.path) ?? [];

async function rowCount(
  table: "cost_packages" | "insurance_claims" | "cost_estimates",
  userId: string,
) {
  const row = await testApp.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

const aPackage = aPackageBody({ therapyId: null });

describe("costs: bad input is a 400 with field paths, nothing written", () => {
  const badPrices: [string, unknown, string][] = [
    ["negative money", { amountMinor: -1, currency: "USD" }, "price.amountMinor"],
    ["non-integer money", { amountMinor: 90.5, currency: "USD" }, "price.amountMinor"],
    ["money as text", { amountMinor: "9000", currency: "USD" }, "price.amountMinor"],
    ["an unknown currency", { amountMinor: 9_000, currency: "XYZ" }, "price.currency"],
    ["a lower-case currency", { amountMinor: 9_000, currency: "usd" }, "price.currency"],
    ["a float beyond the limit", { amountMinor: 1e12, currency: "USD" }, "price.amountMinor"],
  ];
  for (const [what, price, path] of badPrices) {
    it(`a package with ${what}`, async () => {
      const person = await signedInPatient(testApp);
      const response = await person.client.post(`${base(person)}/packages`, { ...aPackage, price });
      expect(response.statusCode, response.body).toBe(400);
      expect(fieldPaths(response.body)).toContain(path);
      expect(await rowCount("cost_packages", person.user.id)).toBe(0);
    });
  }

  it("a package of 0 sessions", async () => {
    const person = await signedInPatient(testApp);
    const response = await person.client.post(`${base(person)}/packages`, {
      ...aPackage,
      sessionsTotal: 0,
    });
    expect(fieldPaths(response.body)).toEqual(["sessionsTotal"]);
    expect(await rowCount("cost_packages", person.user.id)).toBe(0);
  });

  it("a claim paying back more than claimed, or paid back while only submitted", async () => {
    const person = await signedInPatient(testApp);
    const claim = {
      idempotencyKey: randomUUID(),
      insurer: "Acme Health",
      status: "paid",
      amountClaimed: { amountMinor: 9_000, currency: "USD" },
      amountReimbursedMinor: 9_001,
      submittedOn: "2026-03-01",
      decidedOn: "2026-03-10",
    };
    const over = await person.client.post(`${base(person)}/claims`, claim);
    expect(over.statusCode).toBe(400);
    expect(fieldPaths(over.body)).toEqual(["amountReimbursedMinor"]);
    const early = await person.client.post(`${base(person)}/claims`, {
      ...claim,
      status: "submitted",
      amountReimbursedMinor: 100,
      decidedOn: null,
    });
    expect(fieldPaths(early.body)).toEqual(["amountReimbursedMinor"]);
    expect(await rowCount("insurance_claims", person.user.id)).toBe(0);
  });

  it("a claim over another person's session, or a session charged in another currency", async () => {
    const person = await signedInPatient(testApp);
    const other = await signedInPatient(testApp);
    const othersSession = await logSession(testApp.database.db, other.user.id, {
      localDate: "2026-03-02",
      charge: paidBySelf(9_000),
    });
    const euroSession = await logSession(testApp.database.db, person.user.id, {
      localDate: "2026-03-03",
      charge: paidBySelf(9_000, "EUR"),
    });
    for (const [sessionIds, path] of [
      [[othersSession], "sessionIds.0"],
      [[randomUUID()], "sessionIds.0"],
      [[euroSession], "sessionIds.0"],
    ] as const) {
      const response = await person.client.post(`${base(person)}/claims`, {
        idempotencyKey: randomUUID(),
        insurer: "Acme Health",
        status: "not-submitted",
        amountClaimed: { amountMinor: 9_000, currency: "USD" },
        sessionIds,
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(fieldPaths(response.body)).toEqual([path]);
    }
    expect(await rowCount("insurance_claims", person.user.id)).toBe(0);
  });

  it("a change that breaks a claim's rules (paid without a decision day) keeps it as it was", async () => {
    const person = await signedInPatient(testApp);
    const created = await person.client.post(`${base(person)}/claims`, {
      idempotencyKey: randomUUID(),
      insurer: "Acme Health",
      status: "submitted",
      amountClaimed: { amountMinor: 9_000, currency: "USD" },
      submittedOn: "2026-03-01",
    });
    const id = created.json<{ id: string }>().id;
    const response = await person.client.patch(`${base(person)}/claims/${id}`, {
      version: 1,
      status: "paid",
      amountReimbursedMinor: 5_000,
    });
    expect(response.statusCode).toBe(400);
    expect(fieldPaths(response.body)).toEqual(["decidedOn"]);
    const list = await person.client.get(`${base(person)}/claims`);
    expect(list.json<{ items: { status: string; version: number }[] }>().items[0]).toMatchObject({
      status: "submitted",
      version: 1,
    });
  });

  it("an estimate whose period ends before it starts", async () => {
    const person = await signedInPatient(testApp);
    const response = await person.client.post(`${base(person)}/estimates`, {
      idempotencyKey: randomUUID(),
      provider: "Calm Hands",
      amount: { amountMinor: 50_000, currency: "USD" },
      isGoodFaithEstimate: true,
      givenOn: "2026-02-25",
      coversFrom: "2026-03-31",
      coversTo: "2026-03-01",
    });
    expect(fieldPaths(response.body)).toEqual(["coversTo"]);
    expect(await rowCount("cost_estimates", person.user.id)).toBe(0);
  });

  it("a spend period whose last month is before its first, or a month that is not one", async () => {
    const person = await signedInPatient(testApp);
    const backwards = await person.client.get(`${base(person)}/spend?from=2026-03&to=2026-01`);
    expect(fieldPaths(backwards.body)).toEqual(["to"]);
    const notMonth = await person.client.get(`${base(person)}/spend?from=2026-13`);
    expect(fieldPaths(notMonth.body)).toEqual(["from"]);
  });

  it("a usual price for a plan item that is not the person's is a 404", async () => {
    const person = await signedInPatient(testApp);
    const response = await person.client.request(
      "PUT",
      `${base(person)}/usual-prices/${randomUUID()}`,
      {
        price: { amountMinor: 9_000, currency: "USD" },
      },
    );
    expect(response.statusCode).toBe(404);
  });
});
