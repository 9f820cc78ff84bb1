import type { directoryEndpoints, PractitionerProfile } from "@painplan/core";
import type { FastifyInstance } from "fastify";
import { aProfileInput } from "../../directory/testing/practitioners.js";
import { aRegistration } from "../../testing/factories.js";
import { TestClient } from "../../testing/test-client.js";
import { ownerOnly, signedIn, type Cell, type MatrixRequest, type Row } from "./matrix-row.js";

const ownerParams = ({ owner }: Cell) => ({ params: { userId: owner.user.id } });

/** A practitioner with a profile, registered on a client of its own; returns the profile id. */
async function aListedPractitioner(cell: Cell): Promise<string> {
  const app = Reflect.get(cell.owner.client, "app") as FastifyInstance;
  const client = new TestClient(app, "10.9.8.7");
  const registered = await client.post(
    "/api/auth/register",
    aRegistration().withRole("practitioner").build(),
  );
  if (registered.statusCode !== 201) throw new Error(`register failed: ${registered.body}`);
  const written = await client.request("PUT", "/api/directory/my-profile", aProfileInput());
  if (written.statusCode !== 200) throw new Error(`profile failed: ${written.body}`);
  return written.json<PractitionerProfile>().id;
}

/** When the caller is a practitioner, writes their profile first (so "my profile" exists). */
async function withOwnProfile(cell: Cell, request: MatrixRequest): Promise<MatrixRequest> {
  if (cell.self?.user.role === "practitioner") {
    await cell.client.request("PUT", "/api/directory/my-profile", aProfileInput());
  }
  return request;
}

const practitionerOnly = (status: number) => ({
  anonymous: 401,
  owner: 403,
  other: 403,
  practitioner: status,
  admin: 403,
});
const adminOnly = (status: number) => ({
  anonymous: 401,
  owner: 403,
  other: 403,
  practitioner: 403,
  admin: status,
});

/**
 * Rows for the directory (issue 13). Search, compare, saved and questions are the person's own
 * (they read the safety intake): owner only. Profiles are for every signed-in person; "my
 * profile" is a practitioner's; verification is an admin's.
 */
export const directoryRows = {
  searchDirectory: {
    call: (cell) => ({ ...ownerParams(cell), query: "?postalCode=10001&radiusKm=25" }),
    expected: ownerOnly(200),
  },
  comparePractitioners: {
    call: async (cell) => ({
      ...ownerParams(cell),
      query: `?ids=${await aListedPractitioner(cell)}&postalCode=10001`,
    }),
    expected: ownerOnly(200),
  },
  listSavedPractitioners: { call: ownerParams, expected: ownerOnly(200) },
  savePractitioner: {
    call: async (cell) => ({
      params: { userId: cell.owner.user.id, practitionerId: await aListedPractitioner(cell) },
    }),
    expected: ownerOnly(200),
  },
  unsavePractitioner: {
    call: async (cell) => ({
      params: { userId: cell.owner.user.id, practitionerId: await aListedPractitioner(cell) },
    }),
    expected: ownerOnly(204),
  },
  getDirectoryQuestions: { call: ownerParams, expected: ownerOnly(200) },
  setDirectoryQuestions: {
    call: (cell) => ({
      ...ownerParams(cell),
      body: { items: [{ text: "Do you have parking?", isDone: false }] },
    }),
    expected: ownerOnly(200),
  },
  getPractitionerProfile: {
    call: async (cell) => ({ params: { practitionerId: await aListedPractitioner(cell) } }),
    expected: signedIn(200),
  },
  getMyPractitionerProfile: {
    call: (cell) => withOwnProfile(cell, {}),
    expected: { anonymous: 401, owner: 404, other: 404, practitioner: 200, admin: 404 },
  },
  setMyPractitionerProfile: {
    call: () => ({ body: aProfileInput() }),
    expected: practitionerOnly(200),
  },
  confirmMyAccepting: {
    call: (cell) => withOwnProfile(cell, { body: { isAcceptingNewClients: false } }),
    expected: practitionerOnly(200),
  },
  listVerificationQueue: { call: () => ({ query: "?limit=5" }), expected: adminOnly(200) },
  verifyPractitioner: {
    call: async (cell) => ({
      params: { practitionerId: await aListedPractitioner(cell) },
      body: {
        subject: "npi",
        subjectId: null,
        outcome: "confirmed",
        evidence: "NPPES NPI Registry look-up",
      },
    }),
    expected: adminOnly(201),
  },
  listPractitionerVerifications: {
    call: async (cell) => ({ params: { practitionerId: await aListedPractitioner(cell) } }),
    expected: adminOnly(200),
  },
} satisfies Record<keyof typeof directoryEndpoints, Row>;
