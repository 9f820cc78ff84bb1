import type { LogPracticeRequest } from "@painplan/core";
import { randomUUID } from "node:crypto";
import type { SignedInClient } from "../../testing/accounts.js";
import type { TestApp } from "../../testing/test-app.js";

/** The practice endpoints for one person, as a test calls them. */
export function practiceClient(person: SignedInClient) {
  const base = `/api/users/${person.user.id}/practice`;
  return {
    today: () => person.client.get(`${base}/today`),
    bodyScan: (query = "") => person.client.get(`${base}/body-scan${query}`),
    routine: (query = "") => person.client.get(`${base}/routine${query}`),
    log: (body: LogPracticeRequest | Record<string, unknown>) =>
      person.client.post(`${base}/log`, body),
    recent: (query = "") => person.client.get(`${base}/log${query}`),
    consistency: (query = "") => person.client.get(`${base}/consistency${query}`),
    target: () => person.client.get(`${base}/weekly-target`),
    setTarget: (body: unknown) => person.client.request("PUT", `${base}/weekly-target`, body),
  };
}

/** A practice log body: `minutes` of paced breathing that ended at `endedAt`, with a new key. */
export function aPracticeLog(endedAt: Date, overrides: Partial<LogPracticeRequest> = {}) {
  const seconds = overrides.secondsDone ?? 180;
  return {
    kind: "paced-breathing",
    practiceId: "paced-breathing",
    secondsDone: seconds,
    startedAt: new Date(endedAt.getTime() - seconds * 1000).toISOString(),
    endedAt: endedAt.toISOString(),
    idempotencyKey: randomUUID(),
    ...overrides,
  } satisfies LogPracticeRequest;
}

/** How many practice log rows a person has: refused input must leave it unchanged. */
export async function countPracticeLog(testApp: TestApp, userId: string): Promise<number> {
  const rows = await testApp.database.db
    .selectFrom("practice_log")
    .select("id")
    .where("user_id", "=", userId)
    .execute();
  return rows.length;
}
