import { endpoints, endpointUrl, errorBodySchema, type EndpointName } from "@painplan/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInAdmin, signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { accountRows } from "./matrix/accounts.rows.js";
import { diaryRows } from "./matrix/diary.rows.js";
import { instrumentsRows } from "./matrix/instruments.rows.js";
import { actors, type ActorKind, type Row } from "./matrix/matrix-row.js";
import { safetyRows } from "./matrix/safety.rows.js";
import { therapiesRows } from "./matrix/therapies.rows.js";
import { startTestApp, type TestApp } from "../testing/test-app.js";

/**
 * The authorization matrix: every endpoint of the contract, called by every kind of actor.
 * Each area keeps its rows in matrix/<area>.rows.ts; the type below refuses a contract endpoint
 * without a row.
 */
const matrix = {
  ...accountRows,
  ...diaryRows,
  ...instrumentsRows,
  ...safetyRows,
  ...therapiesRows,
} satisfies Record<EndpointName, Row>;

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(async () => {
  await testApp.close();
});

async function actorClient(
  kind: ActorKind,
  owner: SignedInClient,
): Promise<SignedInClient | undefined> {
  switch (kind) {
    case "anonymous":
      return undefined;
    case "owner":
      return owner;
    case "other":
      return signedInPatient(testApp);
    case "practitioner": {
      const registration = aRegistration().withRole("practitioner").build();
      const client = testApp.client();
      const response = await client.post("/api/auth/register", registration);
      return {
        client,
        user: response.json<SignedInClient>().user,
        password: registration.password,
      };
    }
    case "admin":
      return signedInAdmin(testApp);
  }
}

describe("authorization matrix", () => {
  it("has a row for every endpoint of the contract", () => {
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(endpoints).sort());
  });

  for (const [name, row] of Object.entries(matrix) as [EndpointName, Row][]) {
    for (const actor of actors) {
      it(`${name} as ${actor} → ${row.expected[actor]}`, async () => {
        const endpoint = endpoints[name];
        const owner = await signedInPatient(testApp);
        const self = await actorClient(actor, owner);
        const client = self?.client ?? testApp.client();
        const { params, body, query } = await row.call({ client, self, owner });
        const url = endpointUrl(endpoint.path, params) + (query ?? "");
        const response = await client.request(endpoint.method, url, body);
        expect(response.statusCode, response.body).toBe(row.expected[actor]);
        if (response.statusCode >= 400) {
          expect(errorBodySchema.safeParse(response.json()).success, response.body).toBe(true);
        }
      });
    }
  }
});

describe("audit of reads of someone else's data", () => {
  it("records an admin's read in the person's access log, but not the person's own reads", async () => {
    const owner = await signedInPatient(testApp);
    const admin = await signedInAdmin(testApp);
    const url = `/api/users/${owner.user.id}/access-log`;
    const own = await owner.client.get(url);
    expect(own.json()).toEqual({ events: [] });

    expect((await admin.client.get(url)).statusCode).toBe(200);
    const log = await owner.client.get(url);
    expect(log.json()).toMatchObject({
      events: [
        {
          actorId: admin.user.id,
          actorDisplayName: admin.user.displayName,
          action: "read",
          resourceType: "access-log",
          resourceId: owner.user.id,
        },
      ],
    });
  });

  it("answers 404, not 403, for someone else's records and for records that do not exist", async () => {
    const stranger = await signedInPatient(testApp);
    const owner = await signedInPatient(testApp);
    const theirs = await stranger.client.get(`/api/users/${owner.user.id}/access-log`);
    const missing = await stranger.client.get(
      "/api/users/00000000-0000-4000-8000-000000000000/access-log",
    );
    expect(theirs.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(theirs.body).toBe(missing.body);
    const written = await testApp.database.db
      .selectFrom("audit_events")
      .select("id")
      .where("actor_id", "=", stranger.user.id)
      .execute();
    expect(written).toEqual([]);
  });
});
