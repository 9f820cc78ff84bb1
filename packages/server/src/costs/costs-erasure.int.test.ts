import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { useTestApp } from "../testing/test-app.js";
import { planWithItem } from "../plan/testing/plans.js";
import { aPackageBody, logSession, paidBySelf } from "./testing/costs-fixtures.js";

const testApp = useTestApp();
const tables = [
  "session_charges",
  "cost_packages",
  "insurance_claims",
  "insurance_claim_sessions",
  "cost_usual_prices",
  "cost_estimates",
] as const;

async function rowsOf(userId: string): Promise<number[]> {
  return Promise.all(
    tables.map(async (table) => {
      const row = await testApp.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number | string>().as("count"))
        .where("user_id", "=", userId)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    }),
  );
}

describe("costs: erasing one's account", () => {
  it("leaves no row of the person in any costs table (and the count could fail)", async () => {
    const person = await signedInPatient(testApp);
    const url = `/api/users/${person.user.id}/costs`;
    const bought = await person.client.post(`${url}/packages`, aPackageBody({ therapyId: null }));
    await logSession(testApp.database.db, person.user.id, {
      localDate: "2026-03-02",
      charge: {
        price: { amountMinor: 8_000, currency: "USD" },
        paidBy: "package",
        packageId: bought.json<{ id: string }>().id,
        receiptNote: null,
      },
    });
    const sessionId = await logSession(testApp.database.db, person.user.id, {
      localDate: "2026-03-03",
      charge: paidBySelf(9_000),
    });
    await person.client.post(`${url}/claims`, {
      idempotencyKey: randomUUID(),
      insurer: "Acme Health",
      status: "submitted",
      amountClaimed: { amountMinor: 9_000, currency: "USD" },
      submittedOn: "2026-03-04",
      sessionIds: [sessionId],
    });
    await person.client.post(`${url}/estimates`, {
      idempotencyKey: randomUUID(),
      provider: "Calm Hands",
      amount: { amountMinor: 50_000, currency: "USD" },
      isGoodFaithEstimate: false,
      givenOn: "2026-03-01",
      coversFrom: "2026-03-01",
      coversTo: "2026-03-31",
    });
    const { item } = await planWithItem(person);
    await person.client.request("PUT", `${url}/usual-prices/${item.id}`, {
      price: { amountMinor: 9_000, currency: "USD" },
    });
    expect(await rowsOf(person.user.id)).toEqual([2, 1, 1, 1, 1, 1]);

    const erased = await person.client.post("/api/me/erasure", { password: person.password });
    expect(erased.statusCode).toBe(204);
    expect(await rowsOf(person.user.id)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
