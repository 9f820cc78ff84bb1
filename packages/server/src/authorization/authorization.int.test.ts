import {
  endpoints,
  endpointUrl,
  errorBodySchema,
  localDayOf,
  type Endpoint,
  type EndpointName,
} from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInAdmin, signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { testStart, useTestApp } from "../testing/test-app.js";
import { accountRows } from "./matrix/accounts.rows.js";
import { diaryRows } from "./matrix/diary.rows.js";
import { directoryRows } from "./matrix/directory.rows.js";
import { actors, grantedReader, type ActorKind, type Row } from "./matrix/matrix-row.js";
import { planRows } from "./matrix/plan.rows.js";
import { profileRows } from "./matrix/profile.rows.js";
import { remindersRows } from "./matrix/reminders.rows.js";
import { questionnairesRows } from "./matrix/questionnaires.rows.js";
import { safetyRows } from "./matrix/safety.rows.js";
import { practiceRows } from "./matrix/practice.rows.js";
import { therapiesRows } from "./matrix/therapies.rows.js";

/**
 * The authorization matrix: every endpoint of the contract, called by every kind of actor.
 * Each area keeps its rows in matrix/<area>.rows.ts; the type below refuses a contract endpoint
 * without a row.
 */
const matrix = {
  ...accountRows,
  ...profileRows,
  ...diaryRows,
  ...questionnairesRows,
  ...safetyRows,
  ...therapiesRows,
  ...practiceRows,
  ...planRows,
  ...remindersRows,
  ...directoryRows,
} satisfies Record<EndpointName, Row>;

const testApp = useTestApp();

/**
 * Owner and granted reader live on different days at the test clock (00:30 UTC, 29 March 2026):
 * 13:30 on the 29th in Auckland, 17:30 on the 28th in Los Angeles. A handler that computed
 * "today" in the reader's zone would show the reader's date.
 */
const ownerZone = "Pacific/Auckland";
const readerZone = "America/Los_Angeles";
const readerToday = localDayOf(testStart.toISOString(), readerZone);
const ownerToday = localDayOf(testStart.toISOString(), ownerZone);

async function practitioner(timeZone = "Europe/Paris"): Promise<SignedInClient> {
  const registration = aRegistration().withRole("practitioner").withTimeZone(timeZone).build();
  const client = testApp.client();
  const response = await client.post("/api/auth/register", registration);
  if (response.statusCode !== 201) throw new Error(`register failed: ${response.body}`);
  return { client, user: response.json<SignedInClient>().user, password: registration.password };
}

async function actorClient(
  kind: ActorKind | typeof grantedReader,
  owner: SignedInClient,
): Promise<SignedInClient | undefined> {
  switch (kind) {
    case "anonymous":
      return undefined;
    case "owner":
      return owner;
    case "other":
      return signedInPatient(testApp);
    case "practitioner":
      return practitioner();
    case "admin":
      return signedInAdmin(testApp);
    case grantedReader: {
      const reader = await practitioner(readerZone);
      testApp.grant({
        readerId: reader.user.id,
        ownerId: owner.user.id,
        kinds: ["health-records"],
        mayWrite: false,
      });
      return reader;
    }
  }
}

/** A granted reader reads health records as the owner would; writes nothing; else as anyone. */
function grantedStatus(endpoint: Endpoint, row: Row): number {
  if (row.granted !== undefined) return row.granted;
  if (endpoint.record === undefined) return row.expected.practitioner;
  const isRead = endpoint.method === "GET" && endpoint.record.kind === "health-records";
  return isRead ? row.expected.owner : 404;
}

const rows = Object.entries(matrix) as [EndpointName, Row][];

describe("authorization matrix", () => {
  it("has a row for every endpoint of the contract", () => {
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(endpoints).sort());
  });

  it("declares record access on every route over a person's records", () => {
    const undeclared = rows
      .filter(([name]) => endpoints[name].path.includes(":userId"))
      .filter(([name]) => !("record" in endpoints[name]))
      .map(([name]) => name);
    expect(undeclared).toEqual([]);
  });

  for (const [name, row] of rows) {
    const endpoint: Endpoint = endpoints[name];
    for (const actor of [...actors, grantedReader] as const) {
      const expected = actor === grantedReader ? grantedStatus(endpoint, row) : row.expected[actor];
      it(`${name} as ${actor} → ${expected}`, async () => {
        const owner = await signedInPatient(
          testApp,
          undefined,
          aRegistration().withTimeZone(ownerZone).build(),
        );
        const self = await actorClient(actor, owner);
        const client = self?.client ?? testApp.client();
        const { params, body, query } = await row.call({ client, self, owner });
        const url = endpointUrl(endpoint.path, params) + (query ?? "");
        const response = await client.request(endpoint.method, url, body);
        expect(response.statusCode, response.body).toBe(expected);
        // Health data and account details must not stay in any cache (issue 9, item 9).
        expect(response.headers["cache-control"], "cache-control").toBe("no-store");
        if (response.statusCode >= 400) {
          expect(errorBodySchema.safeParse(response.json()).success, response.body).toBe(true);
        }
        const isGrantedRead = actor === grantedReader && endpoint.record !== undefined;
        if (isGrantedRead && response.statusCode < 300 && self !== undefined) {
          checkOwnersRecord(response, owner, self);
          row.checkBody?.(response, { owner, reader: self, ownerToday });
        }
      });
    }
  }
});

/**
 * What a granted reader receives is the owner's record: it never carries the reader's name, zone
 * or local date, and any file name is dated on the owner's day.
 */
function checkOwnersRecord(
  response: { body: string; headers: Record<string, unknown> },
  owner: SignedInClient,
  reader: SignedInClient,
): void {
  expect(response.body).not.toContain(reader.user.displayName);
  expect(response.body).not.toContain(reader.user.timeZone);
  expect(response.body).not.toContain(readerToday);
  const disposition = response.headers["content-disposition"];
  if (typeof disposition === "string") expect(disposition).toContain(ownerToday);
  expect(owner.user.timeZone).toBe(ownerZone);
}

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

describe("a granted reader", () => {
  it("is audited in the owner's access log with the ground of their grant", async () => {
    const owner = await signedInPatient(testApp);
    const reader = await actorClient(grantedReader, owner);
    if (reader === undefined) throw new Error("no reader");
    const read = await reader.client.get(`/api/users/${owner.user.id}/pain-profile`);
    expect(read.statusCode).toBe(200);
    const log = await owner.client.get(`/api/users/${owner.user.id}/access-log`);
    expect(log.json()).toMatchObject({
      events: [
        {
          actorId: reader.user.id,
          actorDisplayName: reader.user.displayName,
          action: "read",
          resourceType: "pain-profile",
          resourceId: owner.user.id,
        },
      ],
    });
  });

  it("reaches only the owner who granted it: another person's records stay 404", async () => {
    const owner = await signedInPatient(testApp);
    const someoneElse = await signedInPatient(testApp);
    const reader = await actorClient(grantedReader, owner);
    if (reader === undefined) throw new Error("no reader");
    const theirs = await reader.client.get(`/api/users/${someoneElse.user.id}/pain-profile`);
    expect(theirs.statusCode).toBe(404);
  });
});
