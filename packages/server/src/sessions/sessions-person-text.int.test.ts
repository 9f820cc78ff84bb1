import { errorBodySchema, sessionsEndpoints, textFieldsOf, type Endpoint } from "@painplan/core";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { useTestApp } from "../testing/test-app.js";
import { aSessionLog, logSession, sessionsUrl } from "./testing/sessions.js";
import { controlCharacters, withValueAt } from "../testing/person-text.js";

/**
 * The sessions area's part of http/person-text.int.test.ts: every text field of its requests gets
 * a NUL, an escape and a C1 control (400 with the field's path, nothing written), and text in
 * decomposed form is stored in NFC. Updates and follow-up answers are built on a fresh session
 * per request (a follow-up is answered once; a fresh idempotency key per log).
 */
const testApp = useTestApp();
let person: SignedInClient;

beforeAll(async () => {
  person = await signedInPatient(testApp);
});

type Request = { method: Endpoint["method"]; url: string; body: Record<string, unknown> };

/** Every text field of a session, a custom therapy so that `customName` is taken. */
const sessionText = {
  therapyId: null,
  customName: "Walk",
  practitioner: "Ann Lee",
  techniques: ["effleurage"],
  howItFelt: "Calm",
  sideEffectNote: "A little sore",
};

/** A charge with its one text field, the receipt note. */
const chargeWithNote = {
  price: { amountMinor: 6_000, currency: "USD" },
  paidBy: "self",
  packageId: null,
  receiptNote: "Receipt 12",
};

/** A valid request per sessions endpoint that takes text, with every optional text field present. */
async function validRequest(name: string): Promise<Request> {
  switch (name) {
    case "logSession":
      return {
        method: "POST",
        url: sessionsUrl(person),
        body: { ...aSessionLog(sessionText), charge: chargeWithNote },
      };
    case "updateSession": {
      const session = await logSession(person);
      return {
        method: "PATCH",
        url: sessionsUrl(person, `/${session.id}`),
        body: { ...sessionText, charge: chargeWithNote },
      };
    }
    case "answerFollowUp": {
      const session = await logSession(person);
      return {
        method: "PUT",
        url: sessionsUrl(person, `/${session.id}/follow-ups/24h`),
        body: { painNow: 4, comparedWithBefore: "better", note: "Walked further" },
      };
    }
    default:
      throw new Error(`add a valid ${name} request to this test`);
  }
}

const sessionTables = [
  "therapy_sessions",
  "session_follow_ups",
  "session_charges",
  "cost_usual_prices",
] as const;

async function storedState(): Promise<string> {
  const db = testApp.database.db;
  const rows: unknown[] = [];
  for (const table of sessionTables) {
    rows.push(
      await db.selectFrom(table).selectAll().where("user_id", "=", person.user.id).execute(),
    );
  }
  return JSON.stringify(rows);
}

const textFields = Object.entries(sessionsEndpoints as Record<string, Endpoint>).flatMap(
  ([name, endpoint]) =>
    (["query", "body"] as const).flatMap((part) => {
      const schema = endpoint[part];
      if (schema === undefined) return [];
      return textFieldsOf(schema)
        .filter((field) => field.kind === "person-text")
        .map((field) => ({ name, path: field.path }));
    }),
);

describe("a control character in any sessions text field → 400 with the field, nothing written", () => {
  it("finds the text fields of the sessions contract", () => {
    expect(textFields.length).toBeGreaterThanOrEqual(12);
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
        expect(fields.map((field) => field.path)).toContain(path.replaceAll("*", "0"));
        expect(await storedState()).toBe(before);
      }
    });
  }
});

describe("sessions text in decomposed form is stored in NFC", () => {
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
    });
  }
});
