import type { PainEntry, PainEntryPage } from "@painplan/core";
import { beforeEach, describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import {
  aPainEntry,
  countPainEntries,
  diaryUrl,
  entriesUrl,
  recordPainEntry,
} from "../testing/pain-entries.js";
import { useTestApp, testStart } from "../testing/test-app.js";

const testApp = useTestApp();
beforeEach(() => {
  testApp.clock.set(testStart);
});

const sole = { regionId: "left-sole", intensity: 7, qualities: ["burning" as const] };

describe("recording a pain entry", () => {
  it("stores every score with its recall period, and the local day and time", async () => {
    const person = await signedInPatient(testApp);
    const entry = await recordPainEntry(
      person,
      aPainEntry()
        .withIntensity(6)
        .with({ averageIntensity: 5, worstIntensity: 8, sleepInterference: 4, mood: 3 })
        .withRegions(sole)
        .withTriggers("cold", " long  walk")
        .withNotes("Pins and needles, «ça brûle»")
        .build(),
    );
    expect(entry).toMatchObject({
      // The test clock starts at 00:30 UTC on 29 March 2026: 01:30 in Paris (CET).
      recordedAt: testStart.toISOString(),
      timeZone: "Europe/Paris",
      localDate: "2026-03-29",
      localTime: "01:30",
      intensityNow: 6,
      averageIntensity: 5,
      worstIntensity: 8,
      sleepInterference: 4,
      mood: 3,
      regions: [sole],
      triggers: ["cold", "long walk"],
      helpers: [],
      notes: "Pins and needles, «ça brûle»",
      origin: "entry",
    });
    const read = await person.client.get(`${entriesUrl(person)}/${entry.id}`);
    expect(read.json()).toEqual(entry);
  });

  it("returns the saved entry for a retry with the same idempotency key, without a second one", async () => {
    const person = await signedInPatient(testApp);
    const body = aPainEntry().withIntensity(4).build();
    const first = await person.client.post(entriesUrl(person), body);
    const retry = await person.client.post(entriesUrl(person), body);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(await countPainEntries(testApp, person.user.id)).toBe(1);
  });

  it("refuses a different entry under a key already used (409), and writes nothing", async () => {
    const person = await signedInPatient(testApp);
    const body = aPainEntry().withIntensity(4).build();
    await recordPainEntry(person, body);
    const reused = await person.client.post(entriesUrl(person), { ...body, intensityNow: 8 });
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({
      error: {
        code: "idempotency_key_reused",
        details: { fields: [{ path: "idempotencyKey" }] },
      },
    });
    const asQuickLog = await person.client.post(diaryUrl(person, "quick-log"), {
      idempotencyKey: body.idempotencyKey,
      intensityNow: 4,
    });
    expect(asQuickLog.statusCode).toBe(409);
    expect(await countPainEntries(testApp, person.user.id)).toBe(1);
  });

  it("does not bring back an entry the person deleted when a late retry of it arrives", async () => {
    const person = await signedInPatient(testApp);
    const body = aPainEntry().withIntensity(4).build();
    const saved = await recordPainEntry(person, body);
    const removed = await person.client.request("DELETE", `${entriesUrl(person)}/${saved.id}`);
    expect(removed.statusCode).toBe(204);
    const lateRetry = await person.client.post(entriesUrl(person), body);
    expect(lateRetry.statusCode).toBe(409);
    expect(lateRetry.json()).toMatchObject({
      error: { code: "idempotency_key_reused", details: { fields: [{ path: "idempotencyKey" }] } },
    });
    const list = await person.client.get(entriesUrl(person));
    expect(list.json<PainEntryPage>().items).toEqual([]);
  });

  it("keeps idempotency keys per person", async () => {
    const body = aPainEntry().build();
    const first = await signedInPatient(testApp);
    const second = await signedInPatient(testApp);
    const a = await recordPainEntry(first, body);
    const b = await recordPainEntry(second, body);
    expect(a.id).not.toBe(b.id);
  });

  it("accepts concurrent retries of one key as one entry", async () => {
    const person = await signedInPatient(testApp);
    const body = aPainEntry().build();
    const responses = await Promise.all(
      [1, 2, 3].map(() => person.client.post(entriesUrl(person), body)),
    );
    expect(new Set(responses.map((response) => response.json<PainEntry>().id)).size).toBe(1);
    expect(await countPainEntries(testApp, person.user.id)).toBe(1);
  });
});

describe("listing", () => {
  it("pages newest first and filters by instant and by local day", async () => {
    const person = await signedInPatient(testApp);
    const times = ["2026-03-25T10:00:00Z", "2026-03-26T10:00:00Z", "2026-03-27T10:00:00Z"];
    for (const time of times) await recordPainEntry(person, aPainEntry().at(time).build());
    await recordPainEntry(person, aPainEntry().at("2026-03-27T10:00:00Z").build());

    const first = (await person.client.get(`${entriesUrl(person)}?limit=3`)).json<PainEntryPage>();
    expect(first.items.map((entry) => entry.localDate)).toEqual([
      "2026-03-27",
      "2026-03-27",
      "2026-03-26",
    ]);
    expect(first.nextCursor).not.toBeNull();
    const second = (
      await person.client.get(`${entriesUrl(person)}?limit=3&cursor=${first.nextCursor ?? ""}`)
    ).json<PainEntryPage>();
    expect(second.items.map((entry) => entry.localDate)).toEqual(["2026-03-25"]);
    expect(second.nextCursor).toBeNull();

    const byDay = await person.client.get(
      `${entriesUrl(person)}?fromDate=2026-03-26&toDate=2026-03-26`,
    );
    expect(byDay.json<PainEntryPage>().items.map((entry) => entry.localDate)).toEqual([
      "2026-03-26",
    ]);
    const byInstant = await person.client.get(
      `${entriesUrl(person)}?from=2026-03-26T00:00:00Z&to=2026-03-27T12:00:00%2B02:00`,
    );
    expect(byInstant.json<PainEntryPage>().items).toHaveLength(1);
  });

  it("refuses a cursor it did not make", async () => {
    const person = await signedInPatient(testApp);
    const response = await person.client.get(`${entriesUrl(person)}?cursor=bm9wZQ`);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { code: "validation_failed", details: { fields: [{ path: "cursor" }] } },
    });
  });
});

describe("tags", () => {
  it("lists the person's triggers and helpers, most used first, without deleted entries", async () => {
    const person = await signedInPatient(testApp);
    await recordPainEntry(person, aPainEntry().withTriggers("cold", "stress").build());
    testApp.clock.advance(60_000);
    await recordPainEntry(person, aPainEntry().withTriggers("Cold").withHelpers("rest").build());
    testApp.clock.advance(60_000);
    const gone = await recordPainEntry(person, aPainEntry().withTriggers("stress").build());
    await person.client.request("DELETE", `${entriesUrl(person)}/${gone.id}`);
    const response = await person.client.get(diaryUrl(person, "tags"));
    expect(response.json()).toEqual({
      // The most recent spelling of a tag is the one shown.
      triggers: [
        { tag: "Cold", uses: 2 },
        { tag: "stress", uses: 1 },
      ],
      helpers: [{ tag: "rest", uses: 1 }],
    });
  });
});
