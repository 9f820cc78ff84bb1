import {
  bodyRegionIds,
  diaryCsv,
  diaryExportFormat,
  painQualityIds,
  painScoreRecallPeriods,
  type PainEntryValues,
} from "@painplan/core";
import type { KyselyPlugin } from "kysely";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { openTestDatabase } from "../testing/test-database.js";
import { useTestApp } from "../testing/test-app.js";
import { checkedPainEntries, newEntryRow } from "./pain-entry-rows.js";

/** The most rows any one query returned since the last reset: how much an export holds at once. */
const largestResult = { rows: 0 };
const rowCounter: KyselyPlugin = {
  transformQuery: (args) => args.node,
  transformResult: (args) => {
    largestResult.rows = Math.max(largestResult.rows, args.result.rows.length);
    return Promise.resolve(args.result);
  },
};

const database = await openTestDatabase();
// Registered first so it runs last, after the app has closed.
afterAll(() => database.close());
const testApp = useTestApp({ database: { ...database, db: database.db.withPlugin(rowCounter) } });
const entryCount = 650;
let person: SignedInClient;

/** Varied entries: every few a new body region, some notes that need quoting or escaping. */
function valuesOf(index: number): PainEntryValues {
  const regionId = bodyRegionIds[index % 17] ?? "head";
  return {
    recordedAt: new Date(Date.UTC(2025, 0, 1) + index * 3_600_000).toISOString(),
    intensityNow: index % 11,
    averageIntensity: index % 3 === 0 ? null : index % 11,
    worstIntensity: null,
    sleepInterference: index % 5 === 0 ? 4 : null,
    mood: null,
    regions:
      index % 4 === 0
        ? []
        : [
            {
              regionId,
              intensity: index % 11,
              qualities: [painQualityIds[index % 3] ?? "burning"],
            },
          ],
    activityNote: index % 7 === 0 ? "=SUM(A1)" : "",
    triggers: index % 2 === 0 ? ["cold, damp", `t${index % 5}`] : [],
    helpers: [],
    notes: index % 9 === 0 ? `Line one "quoted"\nline two é ${index}` : "",
  };
}

beforeAll(async () => {
  person = await signedInPatient(testApp);
  const rows = Array.from({ length: entryCount }, (_, index) =>
    newEntryRow({
      id: randomUUID(),
      userId: person.user.id,
      idempotencyKey: randomUUID(),
      values: valuesOf(index),
      // Two entries at the same instant: the export's order falls back to the id.
      timeZone: index % 2 === 0 ? "Europe/Paris" : "America/New_York",
      origin: "entry",
      now: "2026-03-28T00:00:00.000Z",
    }),
  );
  const twin = rows[10];
  if (twin !== undefined) rows.push({ ...twin, id: randomUUID(), idempotency_key: randomUUID() });
  for (let start = 0; start < rows.length; start += 100) {
    await database.db
      .insertInto("pain_entries")
      .values(rows.slice(start, start + 100))
      .execute();
  }
});

/** The exports as they were built before streaming: every entry read and serialized at once. */
async function wholeInMemory(range: { fromDate?: string } = {}) {
  let query = database.db
    .selectFrom("pain_entries")
    .selectAll()
    .where("user_id", "=", person.user.id)
    .where("deleted_at", "is", null);
  if (range.fromDate !== undefined) query = query.where("local_date", ">=", range.fromDate);
  const rows = await query.orderBy("recorded_at", "asc").orderBy("id", "asc").execute();
  const entries = checkedPainEntries(rows);
  return {
    csv: diaryCsv(entries),
    json: JSON.stringify(
      {
        format: diaryExportFormat,
        exportedAt: testApp.clock.now().toISOString(),
        timeZone: person.user.timeZone,
        recallPeriods: painScoreRecallPeriods,
        entries,
      },
      null,
      2,
    ),
  };
}

const exportUrl = (format: string, query = "") =>
  `/api/users/${person.user.id}/diary/export.${format}${query}`;

describe("diary exports are streamed in pages", () => {
  it("CSV: byte for byte what the whole-in-memory export produced", async () => {
    const response = await person.client.get(exportUrl("csv"));
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(Buffer.from((await wholeInMemory()).csv))).toBe(true);
  });

  it("JSON: byte for byte what the whole-in-memory export produced", async () => {
    const response = await person.client.get(exportUrl("json"));
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(Buffer.from((await wholeInMemory()).json))).toBe(true);
  });

  it("the same with a date range, and for a diary with no entries in it", async () => {
    const ranged = await person.client.get(exportUrl("json", "?fromDate=2025-01-20"));
    expect(ranged.body).toBe((await wholeInMemory({ fromDate: "2025-01-20" })).json);
    const rangedCsv = await person.client.get(exportUrl("csv", "?fromDate=2025-01-20"));
    expect(rangedCsv.body).toBe((await wholeInMemory({ fromDate: "2025-01-20" })).csv);
    const empty = await person.client.get(exportUrl("json", "?fromDate=2030-01-01"));
    expect(empty.body).toBe((await wholeInMemory({ fromDate: "2030-01-01" })).json);
    const emptyCsv = await person.client.get(exportUrl("csv", "?fromDate=2030-01-01"));
    expect(emptyCsv.body).toBe((await wholeInMemory({ fromDate: "2030-01-01" })).csv);
  });

  it("several exports at once take turns and each is still whole", async () => {
    const expected = await wholeInMemory();
    const responses = await Promise.all(
      ["csv", "json", "csv", "json"].map((format) => person.client.get(exportUrl(format))),
    );
    expect(responses.map((response) => response.body)).toEqual([
      expected.csv,
      expected.json,
      expected.csv,
      expected.json,
    ]);
  });

  it.each(["csv", "json"])("%s: no query holds more than one page of entries", async (format) => {
    largestResult.rows = 0;
    const response = await person.client.get(exportUrl(format));
    expect(response.statusCode).toBe(200);
    expect(largestResult.rows).toBeGreaterThan(0);
    expect(largestResult.rows).toBeLessThanOrEqual(201);
  });
});
