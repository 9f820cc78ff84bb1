import { errorBodySchema } from "@painplan/core";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aPainEntry, entriesUrl, recordPainEntry } from "../testing/pain-entries.js";
import { testStart, useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();
let person: SignedInClient;
beforeAll(async () => {
  person = await signedInPatient(testApp);
});

async function diaryRowCounts() {
  const db = testApp.database.db;
  const count = async (table: "pain_entries" | "pain_entry_changes" | "pain_profiles") =>
    (await db.selectFrom(table).select("user_id").where("user_id", "=", person.user.id).execute())
      .length;
  return {
    entries: await count("pain_entries"),
    changes: await count("pain_entry_changes"),
    profiles: await count("pain_profiles"),
  };
}

function fieldPaths(body: unknown): string[] {
  const parsed = errorBodySchema.parse(body);
  expect(parsed.error.code).toBe("validation_failed");
  return (parsed.error.details?.fields ?? []).map((field) => field.path);
}

const region = (change: Record<string, unknown>) => ({
  regions: [{ regionId: "left-sole", intensity: 5, qualities: [], ...change }],
});
const minutesFromStart = (minutes: number) =>
  new Date(testStart.getTime() + minutes * 60_000).toISOString();

describe("a new pain entry with bad input → 400 with field errors, nothing written", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["intensity 11", { intensityNow: 11 }, "intensityNow"],
    ["intensity -1", { intensityNow: -1 }, "intensityNow"],
    ["intensity 4.5", { intensityNow: 4.5 }, "intensityNow"],
    ["average as text", { averageIntensity: "high" }, "averageIntensity"],
    ["unknown region", region({ regionId: "third-arm" }), "regions.0.regionId"],
    ["unknown quality", region({ qualities: ["sparkly"] }), "regions.0.qualities.0"],
    ["region intensity 12", region({ intensity: 12 }), "regions.0.intensity"],
    ["time before 1900", { recordedAt: "1899-12-31T23:59:59Z" }, "recordedAt"],
    ["time 6 minutes ahead", { recordedAt: minutesFromStart(6) }, "recordedAt"],
    ["time next year", { recordedAt: "2027-03-29T00:00:00Z" }, "recordedAt"],
    ["notes of 2,001 characters", { notes: "n".repeat(2001) }, "notes"],
    ["tag of 41 characters", { triggers: ["t".repeat(41)] }, "triggers.0"],
    ["21 tags", { helpers: Array.from({ length: 21 }, (_, i) => `h${i}`) }, "helpers"],
    ["idempotency key missing", { idempotencyKey: undefined }, "idempotencyKey"],
    ["unknown field", { severity: 3 }, ""],
  ];
  for (const [title, change, field] of cases) {
    it(title, async () => {
      const before = await diaryRowCounts();
      const body = { ...aPainEntry().build(), ...change };
      const response = await person.client.post(entriesUrl(person), body);
      expect(response.statusCode, response.body).toBe(400);
      expect(fieldPaths(response.json())).toContain(field);
      expect(await diaryRowCounts()).toEqual(before);
    });
  }

  it("accepts 5 minutes of clock skew and notes of exactly 2,000 characters", async () => {
    const body = aPainEntry().at(minutesFromStart(5)).withNotes("n".repeat(2000)).build();
    expect((await person.client.post(entriesUrl(person), body)).statusCode).toBe(201);
  });
});

describe("quick log, stable day and edits refuse bad input the same way", () => {
  it("quick log: intensity out of range or a future time", async () => {
    const before = await diaryRowCounts();
    const url = `/api/users/${person.user.id}/diary/quick-log`;
    for (const body of [
      { idempotencyKey: randomUUID(), intensityNow: 10.5 },
      { idempotencyKey: randomUUID(), intensityNow: 3, recordedAt: minutesFromStart(60) },
      { idempotencyKey: "retry-1", intensityNow: 3 },
    ]) {
      const response = await person.client.post(url, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect(await diaryRowCounts()).toEqual(before);
  });

  it("edit: bad values, nothing to change, or a future time leave entry and history as they were", async () => {
    const entry = await recordPainEntry(person, aPainEntry().withIntensity(6).build());
    const before = await diaryRowCounts();
    const url = `${entriesUrl(person)}/${entry.id}`;
    const cases: [Record<string, unknown>, string][] = [
      [{ intensityNow: 11 }, "intensityNow"],
      [{ intensityNow: null }, "intensityNow"],
      [{ recordedAt: minutesFromStart(10) }, "recordedAt"],
      [{ idempotencyKey: randomUUID() }, ""],
      [{}, ""],
      [region({ qualities: ["burning", "burning"] }), "regions.0.qualities"],
    ];
    for (const [body, field] of cases) {
      const response = await person.client.patch(url, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldPaths(response.json())).toContain(field);
    }
    expect(await diaryRowCounts()).toEqual(before);
    expect((await person.client.get(url)).json()).toEqual(entry);
  });

  it("ids and list filters that are not valid → 400", async () => {
    const bad = [
      `${entriesUrl(person)}/not-an-id`,
      `${entriesUrl(person)}?fromDate=2026-13-01`,
      `${entriesUrl(person)}?fromDate=2026-03-02&toDate=2026-03-01`,
      `${entriesUrl(person)}?limit=500`,
      `/api/users/${person.user.id}/diary/export.csv?toDate=yesterday`,
    ];
    for (const url of bad) expect((await person.client.get(url)).statusCode, url).toBe(400);
  });
});

describe("pain profile with bad input → 400 with field errors, nothing written", () => {
  const profile = { causes: [], medications: [], otherTreatments: [], regions: [] };
  const medication = {
    name: "Duloxetine",
    dose: 60,
    unit: "mg",
    frequency: "once a day",
    startedOn: "2025-06-01",
    stoppedOn: null,
  };
  const cases: [string, Record<string, unknown>, string][] = [
    [
      "unknown cause",
      { causes: [{ cause: "gout", isDiagnosed: true, onsetYear: null }] },
      "causes.0.cause",
    ],
    [
      "onset next year",
      { causes: [{ cause: "hiv", isDiagnosed: true, onsetYear: 2027 }] },
      "causes.0.onsetYear",
    ],
    [
      "onset 1899",
      { causes: [{ cause: "hiv", isDiagnosed: true, onsetYear: 1899 }] },
      "causes.0.onsetYear",
    ],
    [
      "stop before start",
      { medications: [{ ...medication, stoppedOn: "2025-05-31" }] },
      "medications.0.stoppedOn",
    ],
    ["dose of zero", { medications: [{ ...medication, dose: 0 }] }, "medications.0.dose"],
    [
      "region intensity 11",
      { regions: [{ regionId: "left-sole", intensity: 11, qualities: [] }] },
      "regions.0.intensity",
    ],
    ["missing list", { medications: undefined }, "medications"],
  ];
  for (const [title, change, field] of cases) {
    it(title, async () => {
      const response = await person.client.request(
        "PUT",
        `/api/users/${person.user.id}/pain-profile`,
        { ...profile, ...change },
      );
      expect(response.statusCode, response.body).toBe(400);
      expect(fieldPaths(response.json())).toContain(field);
      expect((await diaryRowCounts()).profiles).toBe(0);
    });
  }
});
