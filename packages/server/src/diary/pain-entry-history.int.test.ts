import type { PainEntryHistory, PainEntryPage } from "@painplan/core";
import { beforeEach, describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import {
  aPainEntry,
  countPainEntries,
  entriesUrl,
  recordPainEntry,
} from "../testing/pain-entries.js";
import { useTestApp, testStart } from "../testing/test-app.js";

const testApp = useTestApp();
beforeEach(() => {
  testApp.clock.set(testStart);
});

describe("editing and deleting keep a history", () => {
  it("records who changed what, and when", async () => {
    const person = await signedInPatient(testApp);
    const entry = await recordPainEntry(person, aPainEntry().withIntensity(6).build());
    testApp.clock.advance(60_000);
    const edited = await person.client.patch(`${entriesUrl(person)}/${entry.id}`, {
      intensityNow: 4,
      mood: 7,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      intensityNow: 4,
      mood: 7,
    });
    const history = await person.client.get(`${entriesUrl(person)}/${entry.id}/history`);
    expect(history.json()).toEqual({
      entryId: entry.id,
      isDeleted: false,
      changes: [
        { at: entry.createdAt, actorId: person.user.id, action: "created", changes: [] },
        {
          at: new Date(Date.parse(entry.createdAt) + 60_000).toISOString(),
          actorId: person.user.id,
          action: "updated",
          changes: [
            { field: "intensityNow", before: 6, after: 4 },
            { field: "mood", before: null, after: 7 },
          ],
        },
      ],
    });
  });

  it("moves the local day with the time, in the entry's own zone", async () => {
    const person = await signedInPatient(testApp);
    const entry = await recordPainEntry(person, aPainEntry().at("2026-03-28T12:00:00Z").build());
    const edited = await person.client.patch(`${entriesUrl(person)}/${entry.id}`, {
      recordedAt: "2026-03-27T23:30:00Z",
    });
    // 00:30 on the 28th in Paris.
    expect(edited.json()).toMatchObject({ localDate: "2026-03-28", localTime: "00:30" });
  });

  it("an edit that changes nothing leaves no history", async () => {
    const person = await signedInPatient(testApp);
    const entry = await recordPainEntry(person, aPainEntry().withIntensity(6).build());
    await person.client.patch(`${entriesUrl(person)}/${entry.id}`, { intensityNow: 6 });
    const history = await person.client.get(`${entriesUrl(person)}/${entry.id}/history`);
    expect(history.json<PainEntryHistory>().changes).toHaveLength(1);
  });

  it("a deleted entry leaves the diary but stays in its history", async () => {
    const person = await signedInPatient(testApp);
    const entry = await recordPainEntry(person);
    const url = `${entriesUrl(person)}/${entry.id}`;
    expect((await person.client.request("DELETE", url)).statusCode).toBe(204);
    expect((await person.client.get(url)).statusCode).toBe(404);
    expect((await person.client.patch(url, { intensityNow: 1 })).statusCode).toBe(404);
    expect((await person.client.request("DELETE", url)).statusCode).toBe(404);
    expect((await person.client.get(entriesUrl(person))).json<PainEntryPage>().items).toEqual([]);
    const history = (await person.client.get(`${url}/history`)).json<PainEntryHistory>();
    expect(history.isDeleted).toBe(true);
    expect(history.changes.map((change) => change.action)).toEqual(["created", "deleted"]);
  });

  it("erasing the account erases entries and their history", async () => {
    const person = await signedInPatient(testApp);
    const entry = await recordPainEntry(person);
    await person.client.patch(`${entriesUrl(person)}/${entry.id}`, { intensityNow: 1 });
    await testApp.database.db.deleteFrom("users").where("id", "=", person.user.id).execute();
    const changes = await testApp.database.db
      .selectFrom("pain_entry_changes")
      .select("id")
      .where("user_id", "=", person.user.id)
      .execute();
    expect(changes).toEqual([]);
    expect(await countPainEntries(testApp, person.user.id)).toBe(0);
  });
});
