import type { SessionChargeInput } from "@painplan/core";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ApiError } from "../errors/api-error.js";
import { signedInPatient } from "../testing/accounts.js";
import { useTestApp } from "../testing/test-app.js";
import { sessionChargesRepository } from "./session-charges.repository.js";

const testApp = useTestApp();

async function aPackage(ownerId: string, sessionsTotal: number, currency = "USD") {
  const id = randomUUID();
  const now = new Date().toISOString();
  await testApp.database.db
    .insertInto("cost_packages")
    .values({
      id,
      user_id: ownerId,
      name: "Ten massages",
      therapy_id: null,
      sessions_total: sessionsTotal,
      amount_minor: 80_000,
      currency,
      bought_on: "2026-03-01",
      archived_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

const selfPaid: SessionChargeInput = {
  price: { amountMinor: 9_000, currency: "USD" },
  paidBy: "self",
  packageId: null,
  receiptNote: "Receipt in the blue folder",
};

const fromPackage = (packageId: string, currency = "USD"): SessionChargeInput => ({
  price: { amountMinor: 8_000, currency },
  paidBy: "package",
  packageId,
  receiptNote: null,
});

async function recordIn(ownerId: string, sessionId: string, charge: SessionChargeInput) {
  const repository = sessionChargesRepository(testApp.database.db);
  await testApp.database.db
    .transaction()
    .execute((trx) => repository.record(trx, { ownerId, sessionId, charge }));
}

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("session charges repository", () => {
  it("records a charge and reads it back by session; a second record replaces it", async () => {
    const { user } = await signedInPatient(testApp);
    const repository = sessionChargesRepository(testApp.database.db);
    const sessionId = randomUUID();
    await recordIn(user.id, sessionId, selfPaid);
    expect((await repository.forSessions(user.id, [sessionId])).get(sessionId)).toEqual(selfPaid);
    await recordIn(user.id, sessionId, { ...selfPaid, paidBy: "hsa-fsa" });
    const charges = await repository.forSessions(user.id, [sessionId, randomUUID()]);
    expect(charges.size).toBe(1);
    expect(charges.get(sessionId)?.paidBy).toBe("hsa-fsa");
  });

  it("never shows another person's charge", async () => {
    const owner = await signedInPatient(testApp);
    const other = await signedInPatient(testApp);
    const sessionId = randomUUID();
    await recordIn(owner.user.id, sessionId, selfPaid);
    const repository = sessionChargesRepository(testApp.database.db);
    expect((await repository.forSessions(other.user.id, [sessionId])).size).toBe(0);
  });

  it("draws sessions from a package until it is used up (409, field path), nothing written", async () => {
    const { user } = await signedInPatient(testApp);
    const packageId = await aPackage(user.id, 2);
    await recordIn(user.id, randomUUID(), fromPackage(packageId));
    await recordIn(user.id, randomUUID(), fromPackage(packageId));
    const third = randomUUID();
    const error = await refusal(recordIn(user.id, third, fromPackage(packageId)));
    expect(error.statusCode).toBe(409);
    expect(error.code).toBe("package_used_up");
    expect(error.details?.fields?.[0]?.path).toBe("charge.packageId");
    const repository = sessionChargesRepository(testApp.database.db);
    expect((await repository.forSessions(user.id, [third])).size).toBe(0);
  });

  it("refuses an unknown package, another person's package and another currency (400)", async () => {
    const owner = await signedInPatient(testApp);
    const other = await signedInPatient(testApp);
    const othersPackage = await aPackage(other.user.id, 5);
    const ownPackage = await aPackage(owner.user.id, 5, "EUR");
    for (const charge of [
      fromPackage(randomUUID()),
      fromPackage(othersPackage),
      fromPackage(ownPackage, "USD"),
    ]) {
      const error = await refusal(recordIn(owner.user.id, randomUUID(), charge));
      expect(error.statusCode).toBe(400);
      expect(error.details?.fields?.map((field) => field.path)).toEqual(["charge.packageId"]);
    }
  });

  it("removing a charge gives its package session back", async () => {
    const { user } = await signedInPatient(testApp);
    const packageId = await aPackage(user.id, 1);
    const sessionId = randomUUID();
    await recordIn(user.id, sessionId, fromPackage(packageId));
    const repository = sessionChargesRepository(testApp.database.db);
    await testApp.database.db
      .transaction()
      .execute((trx) => repository.remove(trx, user.id, sessionId));
    expect((await repository.forSessions(user.id, [sessionId])).size).toBe(0);
    await recordIn(user.id, randomUUID(), fromPackage(packageId));
  });

  it("concurrent draws on the last sessions never overdraw the package (409 for the rest)", async () => {
    const { user } = await signedInPatient(testApp);
    const packageId = await aPackage(user.id, 2);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 6 }, () => recordIn(user.id, randomUUID(), fromPackage(packageId))),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(2);
    for (const outcome of outcomes) {
      if (outcome.status === "rejected") {
        expect(outcome.reason).toMatchObject({ statusCode: 409, code: "package_used_up" });
      }
    }
    const used = await testApp.database.db
      .selectFrom("session_charges")
      .select((eb) => eb.fn.countAll<number | string>().as("used"))
      .where("package_id", "=", packageId)
      .executeTakeFirstOrThrow();
    expect(Number(used.used)).toBe(2);
  });
});
