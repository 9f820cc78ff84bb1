import {
  endpoints,
  endpointUrl,
  type CreatePainEntryRequest,
  type QuickLogRequest,
} from "@painplan/core";
import { randomUUID } from "node:crypto";
import type { BenchPatient } from "./painplan-user.js";
import { readMe, type Scenario } from "./scenarios.js";

const dayMs = 24 * 60 * 60 * 1000;
/** The list scenario's history: two entries a day for 90 days (one page of at most 200). */
const seededDays = 90;
const entriesPerDay = 2;

function writeHeaders(patient: BenchPatient): Record<string, string> {
  return {
    cookie: patient.cookie,
    "x-csrf-token": patient.csrfToken,
    "content-type": "application/json",
  };
}

function aFullEntry(recordedAt: Date): CreatePainEntryRequest {
  return {
    idempotencyKey: randomUUID(),
    recordedAt: recordedAt.toISOString(),
    intensityNow: 6,
    averageIntensity: 5,
    worstIntensity: 8,
    sleepInterference: 4,
    mood: 6,
    regions: [
      { regionId: "left-sole", intensity: 7, qualities: ["burning", "tingling"] },
      { regionId: "right-sole", intensity: 6, qualities: ["burning"] },
      { regionId: "left-fingers", intensity: 3, qualities: ["numbness"] },
    ],
    activityNote: "Walked to the shop, rested after.",
    triggers: ["cold weather"],
    helpers: ["warm socks"],
    notes: "A bench entry.",
  };
}

async function createEntry(baseUrl: string, patient: BenchPatient, entry: CreatePainEntryRequest) {
  const path = endpointUrl(endpoints.createPainEntry.path, { userId: patient.userId });
  const response = await fetch(new URL(path, baseUrl), {
    method: "POST",
    headers: writeHeaders(patient),
    body: JSON.stringify(entry),
  });
  if (response.status !== 201) {
    throw new Error(`Seeding a pain entry answered ${response.status}: ${await response.text()}`);
  }
}

/** The dashboard's quick log: a durable insert behind auth, CSRF and validation. */
export const quickLog: Scenario = {
  name: "quick log",
  request: `POST ${endpoints.quickLogPain.path}`,
  reference: "Fastify + raw SQLite insert (reference)",
  async prepare(baseUrl, patient) {
    // The quick log copies the last entry's regions, so there is one to copy.
    await createEntry(baseUrl, patient, aFullEntry(new Date(Date.now() - 60_000)));
    const path = endpointUrl(endpoints.quickLogPain.path, { userId: patient.userId });
    let count = 0;
    return {
      url: new URL(path, baseUrl).toString(),
      method: "POST",
      headers: writeHeaders(patient),
      // A new idempotency key for every request: each one is a new entry, not a retry.
      nextBody: () => {
        count += 1;
        const body: QuickLogRequest = { idempotencyKey: randomUUID(), intensityNow: count % 11 };
        return JSON.stringify(body);
      },
    };
  },
};

/**
 * Records the list scenario's history for a patient through the API: 180 full entries (two a
 * day for 90 days), and returns the query that lists them all in one page.
 */
export async function seedNinetyDays(
  baseUrl: string,
  patient: BenchPatient,
): Promise<{ from: string; limit: string }> {
  const now = Date.now();
  for (let day = 0; day < seededDays; day += 1) {
    for (let entry = 0; entry < entriesPerDay; entry += 1) {
      const at = new Date(now - day * dayMs - (entry + 1) * 3 * 60 * 60 * 1000);
      await createEntry(baseUrl, patient, aFullEntry(at));
    }
  }
  return { from: new Date(now - seededDays * dayMs - dayMs).toISOString(), limit: "200" };
}

/** How many entries the 90-day list answers with. */
export const ninetyDayEntries = seededDays * entriesPerDay;

/** Reading back 90 days of a person's diary (180 full entries, one page). */
export const list90Days: Scenario = {
  name: "list 90 days",
  request: `GET ${endpoints.listPainEntries.path}?from=…&limit=200`,
  reference: "Fastify + raw SQLite list (reference)",
  async prepare(baseUrl, patient) {
    const query = await seedNinetyDays(baseUrl, patient);
    const path = endpointUrl(endpoints.listPainEntries.path, { userId: patient.userId });
    const url = new URL(path, baseUrl);
    url.search = new URLSearchParams(query).toString();
    const check = await fetch(url, { headers: { cookie: patient.cookie } });
    const page = (await check.json()) as { items?: unknown[] };
    if (page.items?.length !== ninetyDayEntries) {
      throw new Error(`The 90-day list returned ${String(page.items?.length)} entries.`);
    }
    return { url: url.toString(), headers: { cookie: patient.cookie } };
  },
};

export const scenarios: Scenario[] = [readMe, quickLog, list90Days];
