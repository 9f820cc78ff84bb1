import type { PainEntry } from "@painplan/core";
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import {
  aPainEntry,
  countPainEntries,
  diaryUrl,
  recordPainEntry,
} from "../testing/pain-entries.js";
import { useTestApp, testStart } from "../testing/test-app.js";

const testApp = useTestApp();
beforeEach(() => {
  testApp.clock.set(testStart);
});

const sole = { regionId: "left-sole", intensity: 7, qualities: ["burning" as const] };

describe("quick log and stable day", () => {
  it("a quick log copies the last entry's regions and nothing else", async () => {
    const person = await signedInPatient(testApp);
    await recordPainEntry(
      person,
      aPainEntry().at("2026-03-28T08:00:00Z").withRegions(sole).withNotes("yesterday").build(),
    );
    const body = { idempotencyKey: randomUUID(), intensityNow: 3 };
    const response = await person.client.post(diaryUrl(person, "quick-log"), body);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      intensityNow: 3,
      averageIntensity: null,
      regions: [sole],
      notes: "",
      origin: "quick-log",
    });
    // A retry comes later: "now" has moved on, and it still finds the first entry.
    testApp.clock.advance(30_000);
    const retry = await person.client.post(diaryUrl(person, "quick-log"), body);
    expect(retry.json<PainEntry>().id).toBe(response.json<PainEntry>().id);
    expect(await countPainEntries(testApp, person.user.id)).toBe(2);
  });

  it("a first quick log has no regions", async () => {
    const person = await signedInPatient(testApp);
    const response = await person.client.post(diaryUrl(person, "quick-log"), {
      idempotencyKey: randomUUID(),
      intensityNow: 2,
    });
    expect(response.json<PainEntry>().regions).toEqual([]);
  });

  it("a stable day repeats the last scores and regions, not its notes or tags", async () => {
    const person = await signedInPatient(testApp);
    await recordPainEntry(
      person,
      aPainEntry()
        .at("2026-03-28T07:00:00Z")
        .withIntensity(5)
        .with({ sleepInterference: 6, mood: 4 })
        .withRegions(sole)
        .withTriggers("heat")
        .withNotes("note")
        .build(),
    );
    const body = { idempotencyKey: randomUUID() };
    const response = await person.client.post(diaryUrl(person, "stable-day"), body);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      recordedAt: testStart.toISOString(),
      intensityNow: 5,
      sleepInterference: 6,
      mood: 4,
      regions: [sole],
      triggers: [],
      notes: "",
      origin: "stable-day",
    });
    await person.client.post(diaryUrl(person, "stable-day"), body);
    expect(await countPainEntries(testApp, person.user.id)).toBe(2);
  });

  it("a stable day with nothing to repeat answers 409 and writes nothing", async () => {
    const person = await signedInPatient(testApp);
    const response = await person.client.post(diaryUrl(person, "stable-day"), {
      idempotencyKey: randomUUID(),
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { code: "no_earlier_entry" } });
    expect(await countPainEntries(testApp, person.user.id)).toBe(0);
  });
});
