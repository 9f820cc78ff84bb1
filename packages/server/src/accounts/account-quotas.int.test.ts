import { errorBodySchema } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { aPainEntry, countPainEntries, entriesUrl } from "../testing/pain-entries.js";
import { dialectOf } from "../database/dialect.js";
import { requestCountBatch } from "./account-quotas.service.js";
import { startTestApp, testStart, useTestApp } from "../testing/test-app.js";

const requestsPerMinute = 30;
const entriesPerDay = 3;
const testApp = useTestApp({ quotaLimits: { requestsPerMinute, entriesPerDay } });

function expectQuotaExceeded(response: { statusCode: number; headers: object; json(): unknown }) {
  expect(response.statusCode).toBe(429);
  const body = errorBodySchema.parse(response.json());
  expect(body.error.code).toBe("quota_exceeded");
  const retryAfter = (response.headers as Record<string, string>)["retry-after"];
  expect(Number(retryAfter)).toBe(body.error.details?.retryAfterSeconds);
  return Number(retryAfter);
}

describe("requests per minute per account", () => {
  it("past the limit: 429 quota_exceeded until the minute ends; others are not held back", async () => {
    testApp.clock.set(new Date("2026-03-29T00:30:15.000Z"));
    // Registration signs in (no request counted yet for the account).
    const person = await signedInPatient(testApp);
    const other = await signedInPatient(testApp);
    for (let index = 0; index < requestsPerMinute; index += 1) {
      expect((await person.client.get("/api/me")).statusCode).toBe(200);
    }
    const refused = await person.client.get("/api/me");
    expect(expectQuotaExceeded(refused)).toBe(45);
    expect((await other.client.get("/api/me")).statusCode).toBe(200);
    testApp.clock.set(new Date("2026-03-29T00:31:00.000Z"));
    expect((await person.client.get("/api/me")).statusCode).toBe(200);
    testApp.clock.set(testStart);
  });

  it("concurrent requests: exactly the limit is served, never a 500", async () => {
    testApp.clock.set(new Date("2026-03-29T01:00:00.000Z"));
    const person = await signedInPatient(testApp);
    const responses = await Promise.all(
      Array.from({ length: requestsPerMinute + 10 }, () => person.client.get("/api/me")),
    );
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 200)).toHaveLength(requestsPerMinute);
    expect(statuses.filter((status) => status === 429)).toHaveLength(10);
    testApp.clock.set(testStart);
  });
});

describe("requests per minute across app instances", () => {
  it("PostgreSQL: two instances share one count (batched), SQLite: one server per data folder", async () => {
    const isPostgres = dialectOf(testApp.database.db as never) === "postgres";
    if (!isPostgres) {
      // The data-folder lock keeps a second server off an embedded database, so the in-memory
      // count of the one server is the whole count (database/file-lock tests prove the lock).
      expect(dialectOf(testApp.database.db as never)).toBe("sqlite");
      return;
    }
    const second = await startTestApp({
      database: testApp.database,
      quotaLimits: { requestsPerMinute, entriesPerDay },
    });
    try {
      testApp.clock.set(new Date("2026-03-29T02:00:00.000Z"));
      second.clock.set(new Date("2026-03-29T02:00:00.000Z"));
      const person = await signedInPatient(testApp);
      const elsewhere = second.client();
      for (const [name, value] of person.client.cookies) elsewhere.cookies.set(name, value);
      let served = 0;
      for (let index = 0; index < 4 * requestsPerMinute; index += 1) {
        const client = index % 2 === 0 ? person.client : elsewhere;
        if ((await client.get("/api/me")).statusCode === 200) served += 1;
      }
      // Each instance alone would serve the whole limit (2 × 30 = 60); shared, at most one
      // unsent batch of the other instance gets through beyond the limit.
      expect(served).toBeGreaterThanOrEqual(requestsPerMinute);
      expect(served).toBeLessThanOrEqual(requestsPerMinute + requestCountBatch - 1);
    } finally {
      testApp.clock.set(testStart);
      await second.close();
    }
  });
});

describe("diary entries per local day per account", () => {
  it("past the limit: 429 until the person's midnight, nothing saved; retries still answer", async () => {
    // 2026-03-29 01:30 in Paris (UTC+2 from 01:00 UTC that day): 20.5 hours to midnight.
    testApp.clock.set(new Date("2026-03-28T23:30:00.000Z"));
    const person = await signedInPatient(testApp);
    const first = aPainEntry().build();
    expect((await person.client.post(entriesUrl(person), first)).statusCode).toBe(201);
    for (let index = 1; index < entriesPerDay; index += 1) {
      expect((await person.client.post(entriesUrl(person), aPainEntry().build())).statusCode).toBe(
        201,
      );
    }
    const refused = await person.client.post(entriesUrl(person), aPainEntry().build());
    expect(expectQuotaExceeded(refused)).toBe(22.5 * 3600);
    expect(await countPainEntries(testApp, person.user.id)).toBe(entriesPerDay);
    // A retry of an entry already saved is not a new entry: it still gets its answer.
    expect((await person.client.post(entriesUrl(person), first)).statusCode).toBe(201);
    const quickLog = await person.client.post(`/api/users/${person.user.id}/diary/quick-log`, {
      idempotencyKey: crypto.randomUUID(),
      intensityNow: 4,
    });
    expectQuotaExceeded(quickLog);
    testApp.clock.set(new Date("2026-03-29T22:00:00.000Z"));
    expect((await person.client.post(entriesUrl(person), aPainEntry().build())).statusCode).toBe(
      201,
    );
    testApp.clock.set(testStart);
  });

  it("concurrent entries: exactly the limit is saved, the rest 429, never a 500", async () => {
    testApp.clock.set(new Date("2026-04-02T10:00:00.000Z"));
    const person = await signedInPatient(testApp);
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        person.client.post(entriesUrl(person), aPainEntry().build()),
      ),
    );
    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses).toEqual([...Array<number>(3).fill(201), ...Array<number>(7).fill(429)]);
    expect(await countPainEntries(testApp, person.user.id)).toBe(entriesPerDay);
    testApp.clock.set(testStart);
  });
});
