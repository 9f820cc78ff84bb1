import { errorBodySchema } from "@painplan/core";
import { beforeEach, describe, expect, it } from "vitest";
import { bodyLimitBytes } from "../app.js";
import { signedInPatient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();
let usersBefore: number;

async function countUsers(): Promise<number> {
  const rows = await testApp.database.db.selectFrom("users").select("id").execute();
  return rows.length;
}

beforeEach(async () => {
  usersBefore = await countUsers();
});

function expectErrorBody(body: unknown, code: string) {
  expect(errorBodySchema.parse(body).error.code).toBe(code);
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
}

describe("registration refuses bad input with field errors and writes nothing", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["unknown time zone", { timeZone: "Mars/Olympus_Mons" }, "timeZone"],
    ["offset instead of a zone", { timeZone: "+01:00" }, "timeZone"],
    ["password of 11 characters", { password: "a".repeat(11) }, "password"],
    ["password of 129 characters", { password: "a".repeat(129) }, "password"],
    ["malformed email", { email: "not-an-email" }, "email"],
    ["overlong display name", { displayName: "x".repeat(81) }, "displayName"],
    ["empty display name", { displayName: "   " }, "displayName"],
    ["wrong type", { displayName: 42 }, "displayName"],
    ["admin is not self-service", { role: "admin" }, "role"],
    ["unknown field", { isAdmin: true }, ""],
  ];
  for (const [title, change, field] of cases) {
    it(title, async () => {
      const body = { ...aRegistration().build(), ...change };
      const response = await testApp.client().post("/api/auth/register", body);
      expect(response.statusCode).toBe(400);
      expectErrorBody(response.json(), "validation_failed");
      const fields = response.json<{ error: { details: { fields: { path: string }[] } } }>().error
        .details.fields;
      expect(fields.map((entry) => entry.path)).toContain(field);
      expect(response.cookies).toEqual([]);
      expect(await countUsers()).toBe(usersBefore);
    });
  }

  it("accepts the boundary lengths (12 and 128 characters)", async () => {
    for (const password of ["b".repeat(12), "c".repeat(128)]) {
      const response = await testApp
        .client()
        .post("/api/auth/register", aRegistration().withPassword(password).build());
      expect(response.statusCode).toBe(201);
    }
  });
});

describe("malformed requests", () => {
  it("malformed JSON → 400 malformed_json", async () => {
    const response = await testApp
      .client()
      .request("POST", "/api/auth/register", undefined, { rawBody: '{"email": ' });
    expect(response.statusCode).toBe(400);
    expectErrorBody(response.json(), "malformed_json");
    expect(await countUsers()).toBe(usersBefore);
  });

  it("a body over the limit → 413 payload_too_large", async () => {
    const huge = JSON.stringify({
      ...aRegistration().build(),
      displayName: "x".repeat(bodyLimitBytes),
    });
    const response = await testApp
      .client()
      .request("POST", "/api/auth/register", undefined, { rawBody: huge });
    expect(response.statusCode).toBe(413);
    expectErrorBody(response.json(), "payload_too_large");
    expect(await countUsers()).toBe(usersBefore);
  });

  it("a body that is not JSON → 415 unsupported_media_type", async () => {
    const response = await testApp.client().request("POST", "/api/auth/register", undefined, {
      headers: { "content-type": "text/plain" },
      rawBody: "email=a@b.c",
    });
    expect(response.statusCode).toBe(415);
    expectErrorBody(response.json(), "unsupported_media_type");
  });

  it("a settings change with unknown fields, wrong types or nothing to change → 400", async () => {
    const { client } = await signedInPatient(testApp);
    for (const body of [{ role: "admin" }, { timeZone: 5 }, {}, { timeZone: "Nowhere/City" }]) {
      const response = await client.patch("/api/me", body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expectErrorBody(response.json(), "validation_failed");
    }
    const me = await client.get("/api/me");
    expect(me.json()).toMatchObject({ user: { timeZone: "Europe/Paris", role: "patient" } });
  });

  it("an id that is not a UUID → 400; an unknown route → 404 with the error body", async () => {
    const { client } = await signedInPatient(testApp);
    const badId = await client.get("/api/users/not-a-uuid/access-log");
    expect(badId.statusCode).toBe(400);
    expectErrorBody(badId.json(), "validation_failed");
    const unknown = await client.get("/api/nothing-here");
    expect(unknown.statusCode).toBe(404);
    expectErrorBody(unknown.json(), "not_found");
  });

  it("an out-of-range page size → 400", async () => {
    const response = await testApp.client().get("/api/admin/users?limit=100000");
    // Access is checked after validation: bad input is refused before anything else happens.
    expect(response.statusCode).toBe(400);
  });
});
