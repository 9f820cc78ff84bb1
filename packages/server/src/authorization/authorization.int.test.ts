import { endpoints, endpointUrl, errorBodySchema, type EndpointName } from "@painplan/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInAdmin, signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { startTestApp, type TestApp } from "../testing/test-app.js";
import type { TestClient } from "../testing/test-client.js";

/**
 * The authorization matrix: every endpoint of the contract, called by every kind of actor.
 * "owner" is the person whose records the URL names; "other" is another patient; each later
 * area adds its endpoints here (the type below refuses a contract endpoint without a row).
 */
const actors = ["anonymous", "owner", "other", "practitioner", "admin"] as const;
type ActorKind = (typeof actors)[number];

type Cell = { client: TestClient; self: SignedInClient | undefined; owner: SignedInClient };
type Row = {
  call: (cell: Cell) => { params?: Record<string, string>; body?: unknown; query?: string };
  expected: Record<ActorKind, number>;
};

const signedIn = (status: number) => ({
  anonymous: 401,
  owner: status,
  other: status,
  practitioner: status,
  admin: status,
});
const open = (status: number) => ({
  anonymous: status,
  owner: status,
  other: status,
  practitioner: status,
  admin: status,
});

const matrix = {
  health: { call: () => ({}), expected: open(200) },
  register: { call: () => ({ body: aRegistration().build() }), expected: open(201) },
  signIn: {
    call: ({ self, owner }) => {
      const account = self ?? owner;
      return { body: { email: account.user.email, password: account.password } };
    },
    expected: open(200),
  },
  signOut: { call: () => ({}), expected: signedIn(204) },
  getMe: { call: () => ({}), expected: signedIn(200) },
  updateMe: { call: () => ({ body: { timeZone: "Asia/Tokyo" } }), expected: signedIn(200) },
  changePassword: {
    call: ({ self }) => ({
      body: {
        currentPassword: self?.password ?? "irrelevant password",
        newPassword: "another long passphrase",
      },
    }),
    expected: signedIn(204),
  },
  getAccessLog: {
    call: ({ owner }) => ({ params: { userId: owner.user.id } }),
    expected: { anonymous: 401, owner: 200, other: 404, practitioner: 404, admin: 200 },
  },
  listUsers: {
    call: () => ({ query: "?limit=5" }),
    expected: { anonymous: 401, owner: 403, other: 403, practitioner: 403, admin: 200 },
  },
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
        const { params, body, query } = row.call({ client, self, owner });
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
