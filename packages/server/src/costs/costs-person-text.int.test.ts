import {
  costsEndpoints,
  errorBodySchema,
  textFieldsOf,
  type Endpoint,
  type InsuranceClaim,
} from "@painplan/core";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { useTestApp } from "../testing/test-app.js";
import { aPackageBody, logSession, paidBySelf } from "./testing/costs-fixtures.js";
import { controlCharacters, withValueAt } from "../testing/person-text.js";

/**
 * The costs area's part of http/person-text.int.test.ts: every text field of its requests gets a
 * NUL, an escape and a C1 control (400 with the field's path, nothing written), and text in
 * decomposed form is stored in NFC. A claim change carries the claim's current version, so it is
 * built on a fresh claim per request.
 */
const testApp = useTestApp();
let person: SignedInClient;

beforeAll(async () => {
  person = await signedInPatient(testApp);
});

type Request = { method: Endpoint["method"]; url: string; body: Record<string, unknown> };

const usd = (amountMinor: number) => ({ amountMinor, currency: "USD" });

/** A paid claim covering one fresh session, every text field present. */
async function claimBody(): Promise<Record<string, unknown>> {
  const sessionId = await logSession(testApp.database.db, person.user.id, {
    localDate: "2026-03-02",
    charge: paidBySelf(9_000),
  });
  return {
    idempotencyKey: randomUUID(),
    insurer: "Acme Health",
    status: "paid",
    amountClaimed: usd(9_000),
    amountReimbursedMinor: 6_000,
    submittedOn: "2026-03-03",
    decidedOn: "2026-03-10",
    sessionIds: [sessionId],
    note: "Claim number 42",
  };
}

/** A valid request per costs endpoint that takes text, with every optional text field present. */
async function validRequest(name: string): Promise<Request> {
  const costs = `/api/users/${person.user.id}/costs`;
  switch (name) {
    case "createCostPackage":
      return {
        method: "POST",
        url: `${costs}/packages`,
        body: aPackageBody(),
      };
    case "createInsuranceClaim":
      return { method: "POST", url: `${costs}/claims`, body: await claimBody() };
    case "updateInsuranceClaim": {
      const created = await person.client.post(`${costs}/claims`, await claimBody());
      expect(created.statusCode, created.body).toBe(201);
      const claim = created.json<InsuranceClaim>();
      return {
        method: "PATCH",
        url: `${costs}/claims/${claim.id}`,
        body: { version: claim.version, note: "Paid back in part" },
      };
    }
    case "createCostEstimate":
      return {
        method: "POST",
        url: `${costs}/estimates`,
        body: {
          idempotencyKey: randomUUID(),
          provider: "Dr Okafor's practice",
          description: "Six sessions of massage",
          therapyId: "swedish-massage",
          amount: usd(60_000),
          isGoodFaithEstimate: true,
          givenOn: "2026-03-01",
          coversFrom: "2026-03-01",
          coversTo: "2026-06-30",
        },
      };
    default:
      throw new Error(`add a valid ${name} request to this test`);
  }
}

const costsTables = [
  "session_charges",
  "cost_packages",
  "insurance_claims",
  "insurance_claim_sessions",
  "cost_usual_prices",
  "cost_estimates",
] as const;

async function storedState(): Promise<string> {
  const db = testApp.database.db;
  const rows: unknown[] = [];
  for (const table of costsTables) {
    rows.push(
      await db.selectFrom(table).selectAll().where("user_id", "=", person.user.id).execute(),
    );
  }
  return JSON.stringify(rows);
}

const textFields = Object.entries(costsEndpoints as Record<string, Endpoint>).flatMap(
  ([name, endpoint]) =>
    (["query", "body"] as const).flatMap((part) => {
      const schema = endpoint[part];
      if (schema === undefined) return [];
      return textFieldsOf(schema)
        .filter((field) => field.kind === "person-text")
        .map((field) => ({ name, path: field.path }));
    }),
);

describe("a control character in any costs text field → 400 with the field, nothing written", () => {
  it("finds the text fields of the costs contract", () => {
    expect(textFields.length).toBeGreaterThanOrEqual(6);
  });

  for (const { name, path } of textFields) {
    it(`${name} ${path}`, async () => {
      const valid = await validRequest(name);
      for (const [what, value] of controlCharacters) {
        const before = await storedState();
        const response = await person.client.request(
          valid.method,
          valid.url,
          withValueAt(valid.body, path, value),
        );
        expect(response.statusCode, `${what}: ${response.body}`).toBe(400);
        const fields = errorBodySchema.parse(response.json()).error.details?.fields ?? [];
        expect(fields.map((field) => field.path)).toContain(path);
        expect(await storedState()).toBe(before);
      }
    });
  }
});

describe("costs text in decomposed form is stored in NFC", () => {
  for (const { name, path } of textFields) {
    it(`${name} ${path}`, async () => {
      const valid = await validRequest(name);
      const marker = `Jose\u0301 ${randomUUID().slice(0, 6)}`;
      const response = await person.client.request(
        valid.method,
        valid.url,
        withValueAt(valid.body, path, marker),
      );
      expect(response.statusCode, response.body).toBeLessThan(300);
      const stored = await storedState();
      expect(stored).toContain(marker.normalize("NFC"));
      expect(stored).not.toContain(marker);
      expect(response.body).not.toContain(marker);
    });
  }
});
