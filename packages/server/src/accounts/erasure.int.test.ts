import {
  endpoints,
  endpointUrl,
  errorBodySchema,
  loginThrottlePolicy,
  type EndpointName,
} from "@painplan/core";
import { sql, type Kysely } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { accountRows } from "../authorization/matrix/accounts.rows.js";
import { careTeamRows } from "../authorization/matrix/care-team.rows.js";
import { diaryRows } from "../authorization/matrix/diary.rows.js";
import type { Row } from "../authorization/matrix/matrix-row.js";
import { profileRows } from "../authorization/matrix/profile.rows.js";
import { questionnairesRows } from "../authorization/matrix/questionnaires.rows.js";
import { safetyRows } from "../authorization/matrix/safety.rows.js";
import { practiceRows } from "../authorization/matrix/practice.rows.js";
import { therapiesRows } from "../authorization/matrix/therapies.rows.js";
import { dialectOf } from "../database/dialect.js";
import { signedInAdmin, signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aPainEntry, entriesUrl, recordPainEntry } from "../testing/pain-entries.js";
import { useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();

/** Every endpoint, called the way the authorization matrix calls it. */
const matrix: Record<string, Row> = {
  ...accountRows,
  ...profileRows,
  ...diaryRows,
  ...questionnairesRows,
  ...safetyRows,
  ...therapiesRows,
  ...practiceRows,
  ...careTeamRows,
};
/** Calls that would swap or end the person's session (or account) before the test is done. */
const endsTheSession = new Set<EndpointName>([
  "register",
  "signIn",
  "signOut",
  "changePassword",
  "eraseMe",
]);

/**
 * Leaves a person's traces everywhere the API can: every endpoint called as them (as the
 * authorization matrix does), an edited entry, an admin's read (audit), a failed sign-in.
 */
async function personWithDataEverywhere(): Promise<SignedInClient> {
  const person = await signedInPatient(testApp);
  for (const [name, row] of Object.entries(matrix) as [EndpointName, Row][]) {
    if (endsTheSession.has(name)) continue;
    const endpoint = endpoints[name];
    const { params, body, query } = await row.call({
      client: person.client,
      self: person,
      owner: person,
      testApp,
    });
    await person.client.request(
      endpoint.method,
      endpointUrl(endpoint.path, params) + (query ?? ""),
      body,
    );
  }
  const entry = await recordPainEntry(person, aPainEntry().withNotes("erase me").build());
  await person.client.patch(`${entriesUrl(person)}/${entry.id}`, {
    ...aPainEntry().withIntensity(2).build(),
    version: 1,
  });
  const admin = await signedInAdmin(testApp);
  await admin.client.get(`/api/users/${person.user.id}/access-log`);
  await testApp.client().post("/api/auth/sign-in", {
    email: person.user.email,
    password: "not the password at all",
  });
  return person;
}

/** Every table of the database, from its catalog (so a table added later is counted too). */
async function allTables(): Promise<{ table: string; columns: string[] }[]> {
  const db = testApp.database.db;
  if (dialectOf(db as unknown as Kysely<unknown>) === "sqlite") {
    const tables = await sql<{ name: string }>`
      select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
    return Promise.all(
      tables.rows.map(async ({ name }) => {
        const columns = await sql<{ name: string }>`
          select name from pragma_table_info(${name})`.execute(db);
        return { table: name, columns: columns.rows.map((column) => column.name) };
      }),
    );
  }
  const columns = await sql<{ table_name: string; column_name: string }>`
    select c.table_name, c.column_name
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'`.execute(db);
  const byTable = new Map<string, string[]>();
  for (const row of columns.rows) {
    byTable.set(row.table_name, [...(byTable.get(row.table_name) ?? []), row.column_name]);
  }
  return [...byTable].map(([table, names]) => ({ table, columns: names }));
}

/** Per table: rows with any column whose text holds the person's id or email. */
async function rowsOf(person: SignedInClient): Promise<Record<string, number>> {
  const db = testApp.database.db;
  const counts: Record<string, number> = {};
  for (const { table, columns } of await allTables()) {
    const mentions = columns.flatMap((column) =>
      [person.user.id, person.user.email].map(
        (needle) => sql`cast(${sql.ref(column)} as text) like ${`%${needle}%`}`,
      ),
    );
    const result = await sql<{ count: string | number }>`
      select count(*) as count from ${sql.table(table)} where ${sql.join(mentions, sql` or `)}`.execute(
      db,
    );
    counts[table] = Number(result.rows[0]?.count ?? 0);
  }
  return counts;
}

const nonZero = (counts: Record<string, number>) =>
  Object.keys(counts)
    .filter((table) => (counts[table] ?? 0) > 0)
    .sort();

async function erasureCount(): Promise<number> {
  const rows = await testApp.database.db.selectFrom("account_erasures").select("id").execute();
  return rows.length;
}

describe("erasing one's account", () => {
  let person: SignedInClient;
  let bystander: SignedInClient;
  beforeAll(async () => {
    person = await personWithDataEverywhere();
    bystander = await personWithDataEverywhere();
  });

  it("the person's data is in many tables before (so the count below can fail)", async () => {
    expect(nonZero(await rowsOf(person))).toEqual(
      expect.arrayContaining([
        "users",
        "sign_in_sessions",
        "login_throttle",
        "audit_events",
        "account_quotas",
        "pain_profiles",
        "pain_entries",
        "pain_entry_changes",
        "questionnaire_responses",
        "safety_intakes",
        "pre_session_checks",
      ]),
    );
  });

  it("a wrong password: 400 wrong_password on `password`, nothing erased", async () => {
    const before = await rowsOf(person);
    const response = await person.client.post("/api/me/erasure", { password: "a wrong guess!" });
    expect(response.statusCode).toBe(400);
    const body = errorBodySchema.parse(response.json());
    expect(body.error.code).toBe("wrong_password");
    expect(body.error.details?.fields?.[0]?.path).toBe("password");
    expect(await rowsOf(person)).toEqual(before);
  });

  it("guesses of the password are throttled like sign-in: after the limit 429, nothing erased", async () => {
    const guesser = await signedInPatient(testApp, "10.41.0.1");
    const statuses: number[] = [];
    for (let guess = 0; guess < 8; guess += 1) {
      const answer = await guesser.client.post("/api/me/erasure", { password: `guess ${guess}` });
      statuses.push(answer.statusCode);
    }
    const allowed = loginThrottlePolicy.device.maxFailures;
    expect(statuses.slice(0, allowed)).toEqual(Array<number>(allowed).fill(400));
    expect(statuses.slice(allowed)).toEqual(Array<number>(8 - allowed).fill(429));
    // Even the right password waits out the window: the account is still there.
    const right = await guesser.client.post("/api/me/erasure", { password: guesser.password });
    expect(right.statusCode).toBe(429);
    expect((await guesser.client.get("/api/me")).statusCode).toBe(200);
  });

  it("the right password: 204, signed out, and no row of theirs is left in any table", async () => {
    const bystanderBefore = await rowsOf(bystander);
    const erasuresBefore = await erasureCount();
    const response = await person.client.post("/api/me/erasure", { password: person.password });
    expect(response.statusCode).toBe(204);
    expect(response.headers["set-cookie"]).toEqual(
      expect.arrayContaining([expect.stringMatching(/^pp_session=;/)]),
    );
    const after = await rowsOf(person);
    expect(nonZero(after)).toEqual([]);
    // Someone else's data is untouched; the audit says only that an erasure happened.
    expect(await rowsOf(bystander)).toEqual(bystanderBefore);
    expect(await erasureCount()).toBe(erasuresBefore + 1);
    const gone = await testApp.client().post("/api/auth/sign-in", {
      email: person.user.email,
      password: person.password,
    });
    expect(gone.statusCode).toBe(401);
  });

  it("erasures at once: each one 204 (or 401 once the account is gone), never 500; one audit row", async () => {
    const someone = await signedInPatient(testApp);
    const before = await erasureCount();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        someone.client.post("/api/me/erasure", { password: someone.password }),
      ),
    );
    for (const response of responses) expect([204, 401]).toContain(response.statusCode);
    expect(await erasureCount()).toBe(before + 1);
    expect(nonZero(await rowsOf(someone))).toEqual([]);
  });
});
