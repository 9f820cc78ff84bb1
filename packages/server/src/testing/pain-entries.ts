import type { CreatePainEntryRequest, PainEntry, PainRegion } from "@painplan/core";
import { randomUUID } from "node:crypto";
import type { SignedInClient } from "./accounts.js";
import type { TestApp } from "./test-app.js";

/**
 * Builder for pain entry bodies:
 * `aPainEntry().withIntensity(7).at("2026-03-28T08:00:00Z").build()`. Each build has a fresh
 * idempotency key unless one is set.
 */
export function aPainEntry(overrides: Partial<CreatePainEntryRequest> = {}) {
  const value: CreatePainEntryRequest = {
    idempotencyKey: randomUUID(),
    intensityNow: 5,
    ...overrides,
  };
  const next = (change: Partial<CreatePainEntryRequest>) => aPainEntry({ ...value, ...change });
  return {
    withIntensity: (intensityNow: number) => next({ intensityNow }),
    at: (recordedAt: string) => next({ recordedAt }),
    withRegions: (...regions: PainRegion[]) => next({ regions }),
    withTriggers: (...triggers: string[]) => next({ triggers }),
    withHelpers: (...helpers: string[]) => next({ helpers }),
    withNotes: (notes: string) => next({ notes }),
    with: (change: Partial<CreatePainEntryRequest>) => next(change),
    build: (): CreatePainEntryRequest => ({ ...value }),
  };
}

export function entriesUrl(person: SignedInClient): string {
  return `/api/users/${person.user.id}/diary/entries`;
}

/** Records an entry for a person through the API and returns it. */
export async function recordPainEntry(
  person: SignedInClient,
  body: CreatePainEntryRequest = aPainEntry().build(),
): Promise<PainEntry> {
  const response = await person.client.post(entriesUrl(person), body);
  if (response.statusCode !== 201) throw new Error(`pain entry failed: ${response.body}`);
  return response.json<PainEntry>();
}

/** A diary URL below `/api/users/:userId/diary/`, e.g. `diaryUrl(person, "quick-log")`. */
export function diaryUrl(person: SignedInClient, rest: string): string {
  return `/api/users/${person.user.id}/diary/${rest}`;
}

/** All of a person's pain entry rows, deleted ones included. */
export async function countPainEntries(testApp: TestApp, userId: string): Promise<number> {
  const rows = await testApp.database.db
    .selectFrom("pain_entries")
    .select("id")
    .where("user_id", "=", userId)
    .execute();
  return rows.length;
}
