import {
  careTeamEndpoints,
  costsEndpoints,
  directoryEndpoints,
  endpoints,
  errorBodySchema,
  planEndpoints,
  sessionsEndpoints,
  textFieldsOf,
  type Endpoint,
} from "@painplan/core";
import { createECDH, randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { aPainEntry, recordPainEntry } from "../testing/pain-entries.js";
import { aMedication, aPainProfile } from "../testing/pain-profiles.js";
import { softAuthenticator } from "../testing/soft-authenticator.js";
import { useTestApp } from "../testing/test-app.js";
import { controlCharacters, withText } from "../testing/person-text.js";

/**
 * Every text field a person can type, found by walking the contract's request schemas
 * (`textFieldsOf`), gets a NUL, an escape and a C1 control: 400 with the field's path and
 * nothing written, on both databases (PostgreSQL cannot store a NUL: it used to be a 500). Text
 * in decomposed form is stored in NFC. A new text field without a request below fails the test.
 */
const testApp = useTestApp();
let person: SignedInClient;
let entryId: string;

beforeAll(async () => {
  person = await signedInPatient(testApp);
  entryId = (await recordPainEntry(person)).id;
});

type Request = { method: Endpoint["method"]; url: string; body?: Record<string, unknown> };

/** A fresh passkey registration (a new software authenticator each time), so it really writes. */
async function passkeyRegistration(): Promise<Request> {
  const options = await person.client.post("/api/me/passkeys/registration-options");
  const { challengeId, options: creation } = options.json<{
    challengeId: string;
    options: { challenge: string };
  }>();
  const credential = softAuthenticator("painplan.test", "http://painplan.test").register(creation);
  return {
    method: "POST",
    url: "/api/me/passkeys",
    body: { challengeId, name: "Phone", credential },
  };
}

/** A valid request per endpoint that takes text, with every optional text field present. */
async function validRequest(name: string): Promise<Request | undefined> {
  if (name === "addPasskey") return passkeyRegistration();
  const user = `/api/users/${person.user.id}`;
  const entryText = { activityNote: "walked", notes: "ok", triggers: ["cold"], helpers: ["heat"] };
  const requests: Record<string, Request> = {
    register: { method: "POST", url: "/api/auth/register", body: { ...aRegistration().build() } },
    updateMe: { method: "PATCH", url: "/api/me", body: { displayName: "Sam" } },
    createPainEntry: {
      method: "POST",
      url: `${user}/diary/entries`,
      body: { ...aPainEntry().build(), ...entryText },
    },
    updatePainEntry: { method: "PATCH", url: `${user}/diary/entries/${entryId}`, body: entryText },
    replacePainProfile: {
      method: "PUT",
      url: `${user}/pain-profile`,
      body: {
        ...aPainProfile()
          .withCauses({ cause: "other", otherText: "a fall", isDiagnosed: false, onsetYear: null })
          .withMedications(aMedication())
          .withOtherTreatments({ name: "TENS", note: "helps" })
          .build(),
      },
    },
    saveSafetyIntake: {
      method: "PUT",
      url: `${user}/safety-intake`,
      body: {
        status: "in-progress",
        answers: { bloodThinners: "yes", bloodThinnerNames: "warfarin" },
        preferences: {
          discomfortSignal: "raise a hand",
          emergencyContact: { name: "Alex", phone: "+33 1 23 45 67 89", relationship: "friend" },
        },
      },
    },
    listTherapies: { method: "GET", url: "/api/therapies?q=heat" },
    logPractice: {
      method: "POST",
      url: `${user}/practice/log`,
      body: {
        idempotencyKey: randomUUID(),
        kind: "paced-breathing",
        practiceId: "paced-breathing",
        secondsDone: 60,
        startedAt: "2026-03-01T10:00:00Z",
        endedAt: "2026-03-01T10:01:00Z",
        howItFelt: "calmer",
      },
    },
    subscribePush: {
      method: "POST",
      url: `${user}/reminders/push-devices`,
      body: {
        endpoint: `https://push.example.test/${randomUUID()}`,
        keys: {
          p256dh: createECDH("prime256v1").generateKeys().toString("base64url"),
          auth: randomBytes(16).toString("base64url"),
        },
        label: "Phone",
      },
    },
  };
  const request = requests[name];
  // A fresh idempotency key and email per use, so each valid request really writes.
  if (request?.body !== undefined && "idempotencyKey" in request.body)
    request.body = { ...request.body, idempotencyKey: randomUUID() };
  return request;
}

const personTables = [
  "pain_entries",
  "pain_entry_changes",
  "pain_profiles",
  "safety_intakes",
  "questionnaire_responses",
  "questionnaire_skips",
  "questionnaire_settings",
  "practice_log",
  "passkeys",
  "push_subscriptions",
] as const;

/** Everything stored for the person (and how many accounts exist), to prove nothing changed. */
async function storedState(): Promise<string> {
  const db = testApp.database.db;
  const rows: unknown[] = [await db.selectFrom("users").selectAll().execute()];
  for (const table of personTables) {
    rows.push(
      await db.selectFrom(table).selectAll().where("user_id", "=", person.user.id).execute(),
    );
  }
  return JSON.stringify(rows);
}

/** Areas whose versioned writes need fresh records per request test their text fields themselves. */
const testedInArea = new Set<string>([
  ...Object.keys(planEndpoints), // plan/plan-person-text.int.test.ts
  ...Object.keys(sessionsEndpoints), // sessions/sessions-person-text.int.test.ts
  ...Object.keys(costsEndpoints), // costs/costs-person-text.int.test.ts
  ...Object.keys(directoryEndpoints), // directory/directory-person-text.int.test.ts
  ...Object.keys(careTeamEndpoints), // care-team/care-team-person-text.int.test.ts
]);

const textFields = Object.entries(endpoints as Record<string, Endpoint>)
  .filter(([name]) => !testedInArea.has(name))
  .flatMap(([name, endpoint]) =>
    (["query", "body"] as const).flatMap((part) => {
      const schema = endpoint[part];
      if (schema === undefined) return [];
      return textFieldsOf(schema)
        .filter((field) => field.kind === "person-text")
        .map((field) => ({ name, part, path: field.path }));
    }),
  );

/** Registration signs the client in as the new person, so it gets a client of its own. */
const send = (request: Request) =>
  (request.url === "/api/auth/register" ? testApp.client() : person.client).request(
    request.method,
    request.url,
    request.body,
  );

describe("a control character in any text field → 400 with the field, nothing written", () => {
  it("finds the text fields of the contract", () => {
    expect(textFields.length).toBeGreaterThanOrEqual(21);
  });

  for (const { name, part, path } of textFields) {
    it(`${name} ${part} ${path}`, async () => {
      const valid = await validRequest(name);
      expect(valid, `add a valid ${name} request to this test`).toBeDefined();
      if (valid === undefined) return;
      for (const [what, value] of controlCharacters) {
        const before = await storedState();
        const response = await send(withText(valid, part, path, value));
        expect(response.statusCode, `${what}: ${response.body}`).toBe(400);
        const fields = errorBodySchema.parse(response.json()).error.details?.fields ?? [];
        expect(fields.map((field) => field.path)).toContain(path.replaceAll("*", "0"));
        expect(await storedState()).toBe(before);
      }
    });
  }
});

describe("text in decomposed form is stored in NFC", () => {
  for (const { name, part, path } of textFields.filter((field) => field.part === "body")) {
    it(`${name} ${path}`, async () => {
      const valid = await validRequest(name);
      if (valid === undefined) throw new Error(`add a valid ${name} request to this test`);
      const marker = `Jose\u0301 ${randomUUID().slice(0, 6)}`;
      const response = await send(withText(valid, part, path, marker));
      expect(response.statusCode, response.body).toBeLessThan(300);
      const stored = await storedState();
      expect(stored).toContain(marker.normalize("NFC"));
      expect(stored).not.toContain(marker);
    });
  }
});
