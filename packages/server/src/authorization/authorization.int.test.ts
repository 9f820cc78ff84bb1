import {
  endpoints,
  endpointUrl,
  errorBodySchema,
  isCareTeamKind,
  localDayOf,
  scopeKinds,
  scopeOfKind,
  type Endpoint,
  type EndpointName,
} from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInAdmin, signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { allScopes, joinCareTeam, revokeMember } from "../testing/care-team.js";
import { aRegistration } from "../testing/factories.js";
import { testStart, useTestApp } from "../testing/test-app.js";
import { accountRows } from "./matrix/accounts.rows.js";
import { careTeamRows } from "./matrix/care-team.rows.js";
import { diaryRows } from "./matrix/diary.rows.js";
import { directoryRows } from "./matrix/directory.rows.js";
import {
  actors,
  consentReaders,
  grantedReader,
  type ActorKind,
  type ConsentReader,
  type Row,
} from "./matrix/matrix-row.js";
import { planRows } from "./matrix/plan.rows.js";
import { profileRows } from "./matrix/profile.rows.js";
import { remindersRows } from "./matrix/reminders.rows.js";
import { questionnairesRows } from "./matrix/questionnaires.rows.js";
import { safetyRows } from "./matrix/safety.rows.js";
import { practiceRows } from "./matrix/practice.rows.js";
import { therapiesRows } from "./matrix/therapies.rows.js";
import { sessionsRows } from "./matrix/sessions.rows.js";
import { costsRows } from "./matrix/costs.rows.js";

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
  ...sessionsRows,
  ...costsRows,
  ...directoryRows,
  ...careTeamRows,
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
  kind: ActorKind | ConsentReader,
  owner: SignedInClient,
  endpoint?: Endpoint,
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
      await joinCareTeam(owner, reader, allScopes);
      return reader;
    }
    case "scope-off": {
      const reader = await practitioner(readerZone);
      const kind = endpoint?.record?.kind;
      const off = kind !== undefined && isCareTeamKind(kind) ? scopeOfKind(kind) : undefined;
      await joinCareTeam(
        owner,
        reader,
        off === undefined ? allScopes : { ...allScopes, [off]: false },
      );
      return reader;
    }
    case "revoked": {
      const reader = await practitioner(readerZone);
      const { memberId } = await joinCareTeam(owner, reader, allScopes);
      await revokeMember(owner, memberId);
      return reader;
    }
  }
}

/**
 * A care-team member with every scope reads records of a care-team kind as the owner would, and
 * writes them where the scope may write; health and account records stay 404; else as anyone.
 */
function grantedStatus(endpoint: Endpoint, row: Row): number {
  if (row.granted !== undefined) return row.granted;
  const record = endpoint.record;
  if (record === undefined) return row.expected.practitioner;
  if (!isCareTeamKind(record.kind)) return 404;
  if (endpoint.method === "GET") return row.expected.owner;
  const isWritable = scopeKinds[scopeOfKind(record.kind)].write.includes(record.kind);
  return isWritable ? row.expected.owner : 404;
}

/** What each kind of consent reader must get; undefined: no test (nothing to learn). */
function consentStatus(reader: ConsentReader, endpoint: Endpoint, row: Row): number | undefined {
  switch (reader) {
    case grantedReader:
      return grantedStatus(endpoint, row);
    case "scope-off":
      // Only routes a scope opens: with that one scope off, the record is out of reach.
      return endpoint.record !== undefined && isCareTeamKind(endpoint.record.kind)
        ? 404
        : undefined;
    case "revoked":
      return endpoint.record === undefined ? undefined : 404;
  }
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
    for (const actor of [...actors, ...consentReaders] as const) {
      const expected = isConsentReader(actor)
        ? consentStatus(actor, endpoint, row)
        : row.expected[actor];
      if (expected === undefined) continue;
      it(`${name} as ${actor} → ${expected}`, async () => {
        const owner = await signedInPatient(
          testApp,
          undefined,
          aRegistration().withTimeZone(ownerZone).build(),
        );
        const self = await actorClient(actor, owner, endpoint);
        const client = self?.client ?? testApp.client();
        const { params, body, query } = await row.call({ client, self, owner, testApp });
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
          checkOwnersRecord(response, owner, self, endpoint.method !== "GET");
          row.checkBody?.(response, { owner, reader: self, ownerToday });
        }
        if (isConsentReader(actor) && actor !== grantedReader && self !== undefined) {
          // Refused: the same 404 as for records that do not exist, nothing of the owner's.
          expect(response.body).not.toContain(owner.user.displayName);
        }
      });
    }
  }
});

function isConsentReader(actor: ActorKind | ConsentReader): actor is ConsentReader {
  return (consentReaders as readonly string[]).includes(actor);
}

/**
 * What a granted reader receives is the owner's record: it never carries the reader's zone or
 * local date, nor (on reads) the reader's name — a write may name its author (a proposal says who
 * proposed it) — and any file name is dated on the owner's day.
 */
function checkOwnersRecord(
  response: { body: string; headers: Record<string, unknown> },
  owner: SignedInClient,
  reader: SignedInClient,
  isWrite: boolean,
): void {
  if (!isWrite) expect(response.body).not.toContain(reader.user.displayName);
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

describe("a care-team member", () => {
  it("is audited in the owner's access log with the ground of their grant", async () => {
    const owner = await signedInPatient(testApp);
    const reader = await actorClient(grantedReader, owner);
    if (reader === undefined) throw new Error("no reader");
    const read = await reader.client.get(`/api/users/${owner.user.id}/care-team/diary-summary`);
    expect(read.statusCode).toBe(200);
    const log = await owner.client.get(`/api/users/${owner.user.id}/access-log`);
    expect(log.json()).toMatchObject({
      events: [
        {
          actorId: reader.user.id,
          actorDisplayName: reader.user.displayName,
          action: "read",
          resourceType: "diary-summary",
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
    const theirs = await reader.client.get(
      `/api/users/${someoneElse.user.id}/care-team/diary-summary`,
    );
    expect(theirs.statusCode).toBe(404);
  });
});
