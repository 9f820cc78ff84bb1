import type { CostPackage, SessionChargeInput, TherapySession } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { aPackageBody, usd } from "../costs/testing/costs-fixtures.js";
import { fieldPaths } from "../safety/testing/safety-client.js";
import { signedInAdmin, signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { joinCareTeam, signedInPractitioner } from "../testing/care-team.js";
import { race, statusCounts } from "../testing/race.js";
import { useTestApp } from "../testing/test-app.js";
import { aSessionLog, logSession, sessionsUrl } from "./testing/sessions.js";

const testApp = useTestApp();

const change = (person: SignedInClient, session: TherapySession, body: object) =>
  person.client.patch(sessionsUrl(person, `/${session.id}`), body);

async function onePackage(person: SignedInClient): Promise<CostPackage> {
  const response = await person.client.post(
    `/api/users/${person.user.id}/costs/packages`,
    aPackageBody({ name: "One massage", sessionsTotal: 1, price: usd(8_000) }),
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CostPackage>();
}

const fromPackage = (packageId: string, amountMinor = 8_000): SessionChargeInput => ({
  price: { amountMinor, currency: "USD" },
  paidBy: "package",
  packageId,
  receiptNote: null,
});

describe("sessions: changing the price, techniques and pain by area", () => {
  it("replaces the charge, the techniques and the pain by area; null removes the charge", async () => {
    const person = await signedInPatient(testApp);
    const session = await logSession(
      person,
      aSessionLog({ charge: { price: { amountMinor: 9_000, currency: "USD" }, paidBy: "self" } }),
    );
    const changed = await change(person, session, {
      charge: { price: { amountMinor: 8_050, currency: "EUR" }, paidBy: "insurance" },
      techniques: ["effleurage", "petrissage"],
      regionPain: [{ regionId: "left-sole", before: 7, after: 3 }],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const expected = {
      charge: {
        price: { amountMinor: 8_050, currency: "EUR" },
        paidBy: "insurance",
        packageId: null,
        receiptNote: null,
      },
      techniques: ["effleurage", "petrissage"],
      regionPain: [{ regionId: "left-sole", before: 7, after: 3 }],
      painAfter: 3,
    };
    expect(changed.json<TherapySession>()).toMatchObject(expected);
    const read = await person.client.get(sessionsUrl(person, `/${session.id}`));
    expect(read.json<TherapySession>()).toMatchObject(expected);

    const cleared = await change(person, session, { charge: null, regionPain: null });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json<TherapySession>()).toMatchObject({ charge: null, regionPain: null });
    const charges = await testApp.database.db
      .selectFrom("session_charges")
      .select("session_id")
      .where("user_id", "=", person.user.id)
      .execute();
    expect(charges).toEqual([]);
  });

  it("a package session is drawn once: a new price keeps it, a refused draw changes nothing, another payer gives it back", async () => {
    const person = await signedInPatient(testApp);
    const bought = await onePackage(person);
    const first = await logSession(person, aSessionLog({ charge: fromPackage(bought.id) }));
    const second = await logSession(person, aSessionLog({}, 30));

    const repriced = await change(person, first, { charge: fromPackage(bought.id, 7_500) });
    expect(repriced.statusCode, repriced.body).toBe(200);
    expect(repriced.json<TherapySession>().charge?.price.amountMinor).toBe(7_500);

    const refused = await change(person, second, {
      painAfter: 1,
      charge: fromPackage(bought.id),
    });
    expect(refused.statusCode).toBe(409);
    expect(fieldPaths(refused)).toEqual(["charge.packageId"]);
    const unchanged = await person.client.get(sessionsUrl(person, `/${second.id}`));
    expect(unchanged.json<TherapySession>()).toMatchObject({ painAfter: 3, charge: null });

    const selfPaid = { price: { amountMinor: 7_500, currency: "USD" }, paidBy: "self" };
    expect((await change(person, first, { charge: selfPaid })).statusCode).toBe(200);
    const drawn = await change(person, second, { charge: fromPackage(bought.id) });
    expect(drawn.statusCode, drawn.body).toBe(200);
    expect(drawn.json<TherapySession>().charge?.packageId).toBe(bought.id);
  });

  it("only the owner changes them: everyone else gets 404 with nothing of the session, which stays as it was", async () => {
    const owner = await signedInPatient(testApp);
    const session = await logSession(
      owner,
      aSessionLog({ charge: { price: { amountMinor: 9_000, currency: "USD" }, paidBy: "self" } }),
    );
    const careTeamMember = await signedInPractitioner(testApp);
    await joinCareTeam(owner, careTeamMember);
    const others = {
      "a granted care-team member": careTeamMember,
      "another person": await signedInPatient(testApp),
      "a practitioner": await signedInPractitioner(testApp),
      "an admin": await signedInAdmin(testApp),
    };
    const body = {
      techniques: ["hacking"],
      regionPain: [{ regionId: "left-sole", before: 9, after: 9 }],
      charge: { price: { amountMinor: 1, currency: "USD" }, paidBy: "self" },
    };
    for (const [who, other] of Object.entries(others)) {
      const response = await other.client.patch(
        `/api/users/${owner.user.id}/sessions/${session.id}`,
        body,
      );
      expect(response.statusCode, who).toBe(404);
      expect(response.body, who).not.toMatch(/effleurage|Swedish|9000|left-sole/i);
    }
    const anonymous = await testApp
      .client()
      .patch(`/api/users/${owner.user.id}/sessions/${session.id}`, body);
    expect(anonymous.statusCode).toBe(401);
    const read = await owner.client.get(sessionsUrl(owner, `/${session.id}`));
    expect(read.json<TherapySession>()).toMatchObject({
      techniques: ["effleurage"],
      regionPain: null,
      charge: { price: { amountMinor: 9_000, currency: "USD" }, paidBy: "self" },
    });
    const owners = await change(owner, session, body);
    expect(owners.statusCode, owners.body).toBe(200);
    expect(owners.json<TherapySession>()).toMatchObject({
      ...body,
      enteredBy: owner.user.id,
      charge: { ...body.charge, packageId: null, receiptNote: null },
    });
  });

  it("races: prices sent at once all succeed and one stands; the last package session goes to one", async () => {
    const person = await signedInPatient(testApp);
    const session = await logSession(person);
    const prices = await race((index) =>
      change(person, session, {
        charge: { price: { amountMinor: 1_000 + index, currency: "USD" }, paidBy: "self" },
      }),
    );
    expect(statusCounts(prices)).toEqual({ 200: prices.length });
    const stored = await testApp.database.db
      .selectFrom("session_charges")
      .select("amount_minor")
      .where("session_id", "=", session.id)
      .execute();
    expect(stored).toHaveLength(1);

    const bought = await onePackage(person);
    const others = await Promise.all(
      Array.from({ length: 6 }, (_, index) => logSession(person, aSessionLog({}, 30 + index))),
    );
    const draws = await race(
      (index) => change(person, others[index] ?? session, { charge: fromPackage(bought.id) }),
      { count: others.length },
    );
    expect(statusCounts(draws)).toEqual({ 200: 1, 409: others.length - 1 });
  });
});
