import {
  directoryEndpoints,
  errorBodySchema,
  textFieldsOf,
  type Endpoint,
  type PractitionerProfile,
} from "@painplan/core";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { signedInAdmin, signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { useTestApp } from "../testing/test-app.js";
import { aProfileInput } from "./testing/practitioners.js";
import { controlCharacters, withText } from "../testing/person-text.js";

/**
 * The directory's part of http/person-text.int.test.ts: every text field of its requests (the
 * search's query, the questions checklist, the practitioner's profile, an admin's evidence) gets
 * a NUL, an escape and a C1 control (400 with the field's path, nothing written), and text in
 * decomposed form is stored in NFC (for the search's query: accepted). The profile and the
 * verification are sent by the practitioner and by an admin, each with their own client.
 */
const testApp = useTestApp();
let person: SignedInClient;
let practitioner: SignedInClient;
let admin: SignedInClient;
let profile: PractitionerProfile;

beforeAll(async () => {
  person = await signedInPatient(testApp);
  practitioner = await signedInPatient(
    testApp,
    undefined,
    aRegistration().withRole("practitioner").build(),
  );
  admin = await signedInAdmin(testApp);
  const written = await practitioner.client.request(
    "PUT",
    "/api/directory/my-profile",
    aProfileInput(),
  );
  if (written.statusCode !== 200) throw new Error(`profile not written: ${written.body}`);
  profile = written.json<PractitionerProfile>();
});

type Request = {
  as: SignedInClient;
  method: Endpoint["method"];
  url: string;
  body?: Record<string, unknown>;
};

/** Every optional text field present (a sliding scale, packages, availability, a bio). */
const fullProfile = () =>
  aProfileInput({
    packages: "Five sessions for the price of four",
    availability: "Weekday mornings",
    bio: "Twenty years of gentle work.",
  });

/** A valid request per directory endpoint that takes text, with every text field present. */
function validRequest(name: string): Request {
  switch (name) {
    case "searchDirectory":
      return {
        as: person,
        method: "GET",
        url:
          `/api/users/${person.user.id}/directory/search?postalCode=10001` +
          "&q=massage&technique=gentle&language=English&insurer=Aetna",
      };
    case "setDirectoryQuestions":
      return {
        as: person,
        method: "PUT",
        url: `/api/users/${person.user.id}/directory/questions`,
        body: { items: [{ text: "Do you have parking?" }] },
      };
    case "setMyPractitionerProfile":
      return {
        as: practitioner,
        method: "PUT",
        url: "/api/directory/my-profile",
        body: { ...fullProfile(), npi: profile.npi },
      };
    case "verifyPractitioner":
      return {
        as: admin,
        method: "POST",
        url: `/api/directory/admin/practitioners/${profile.id}/verifications`,
        body: {
          subject: "npi",
          subjectId: null,
          outcome: "confirmed",
          evidence: "NPPES registry lookup, active",
        },
      };
    default:
      throw new Error(`add a valid ${name} request to this test`);
  }
}

const send = (request: Request) =>
  request.as.client.request(request.method, request.url, request.body);

/** The directory's rows of the person and of the practitioner, to prove what was written. */
async function storedState(): Promise<string> {
  const db = testApp.database.db;
  const profiles = await db
    .selectFrom("practitioner_profiles")
    .selectAll()
    .where("user_id", "=", practitioner.user.id)
    .execute();
  const ids = profiles.map((row) => row.id);
  const rows: unknown[] = [profiles];
  for (const table of [
    "practitioner_licences",
    "practitioner_certifications",
    "practitioner_verifications",
  ] as const) {
    rows.push(
      await db.selectFrom(table).selectAll().where("profile_id", "in", ids).orderBy("id").execute(),
    );
  }
  for (const table of ["saved_practitioners", "directory_questions"] as const) {
    rows.push(
      await db.selectFrom(table).selectAll().where("user_id", "=", person.user.id).execute(),
    );
  }
  return JSON.stringify(rows);
}

const textFields = Object.entries(directoryEndpoints as Record<string, Endpoint>).flatMap(
  ([name, endpoint]) =>
    (["query", "body"] as const).flatMap((part) => {
      const schema = endpoint[part];
      if (schema === undefined) return [];
      return textFieldsOf(schema)
        .filter((field) => field.kind === "person-text")
        .map((field) => ({ name, part, path: field.path }));
    }),
);

describe("a control character in any directory text field → 400 with the field, nothing written", () => {
  it("finds the text fields of the directory contract", () => {
    expect(textFields.length).toBeGreaterThanOrEqual(24);
  });

  for (const { name, part, path } of textFields) {
    it(`${name} ${part} ${path}`, async () => {
      const valid = validRequest(name);
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

describe("directory text in decomposed form is stored in NFC", () => {
  for (const { name, part, path } of textFields) {
    it(`${name} ${part} ${path}`, async () => {
      const valid = validRequest(name);
      const marker = `Jose\u0301 ${randomUUID().slice(0, 6)}`;
      const response = await send(withText(valid, part, path, marker));
      expect(response.statusCode, response.body).toBeLessThan(300);
      // A search's text is not stored: that it is accepted is what counts.
      if (part === "query") return;
      const stored = await storedState();
      expect(stored).toContain(marker.normalize("NFC"));
      expect(stored).not.toContain(marker);
    });
  }
});
