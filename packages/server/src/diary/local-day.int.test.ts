import type { PainEntry, PainEntryPage } from "@painplan/core";
import { beforeAll, describe, expect, it } from "vitest";
import type { SignedInClient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { aPainEntry, entriesUrl, recordPainEntry } from "../testing/pain-entries.js";
import { useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();
beforeAll(() => {
  testApp.clock.set(new Date("2026-12-01T00:00:00.000Z"));
});

async function personIn(timeZone: string): Promise<SignedInClient> {
  const registration = aRegistration().withTimeZone(timeZone).build();
  const client = testApp.client();
  const response = await client.post("/api/auth/register", registration);
  return { client, user: response.json<SignedInClient>().user, password: registration.password };
}

async function daysOf(person: SignedInClient, instants: string[]) {
  const entries: PainEntry[] = [];
  for (const at of instants)
    entries.push(await recordPainEntry(person, aPainEntry().at(at).build()));
  return entries.map((entry) => `${entry.localDate} ${entry.localTime}`);
}

describe("entries fall on the person's local day across DST changes", () => {
  it("America/New_York around the spring and autumn changes", async () => {
    const person = await personIn("America/New_York");
    expect(
      await daysOf(person, [
        "2026-03-08T04:59:00Z", // 23:59 EST on the 7th
        "2026-03-08T06:59:00Z", // 01:59 EST
        "2026-03-08T07:00:00Z", // 03:00 EDT: the hour between never happened
        "2026-11-01T05:30:00Z", // 01:30 EDT
        "2026-11-01T06:30:00Z", // 01:30 EST, the same clock time again
        "2026-11-02T04:59:00Z", // 23:59 EST on the 1st
      ]),
    ).toEqual([
      "2026-03-07 23:59",
      "2026-03-08 01:59",
      "2026-03-08 03:00",
      "2026-11-01 01:30",
      "2026-11-01 01:30",
      "2026-11-01 23:59",
    ]);
    const day = await person.client.get(
      `${entriesUrl(person)}?fromDate=2026-11-01&toDate=2026-11-01`,
    );
    expect(day.json<PainEntryPage>().items).toHaveLength(3);
  });

  it("Australia/Lord_Howe (30-minute DST) and Pacific/Chatham (UTC+13:45)", async () => {
    const lordHowe = await personIn("Australia/Lord_Howe");
    expect(
      await daysOf(lordHowe, [
        "2026-04-04T14:59:00Z",
        "2026-04-04T15:00:00Z",
        "2026-04-05T13:30:00Z",
      ]),
    ).toEqual(["2026-04-05 01:59", "2026-04-05 01:30", "2026-04-06 00:00"]);
    const chatham = await personIn("Pacific/Chatham");
    expect(await daysOf(chatham, ["2026-01-15T10:14:00Z", "2026-01-15T10:15:00Z"])).toEqual([
      "2026-01-15 23:59",
      "2026-01-16 00:00",
    ]);
  });

  it("keeps an entry's day when the person later moves to another zone", async () => {
    const person = await personIn("Asia/Kolkata");
    const [before] = await daysOf(person, ["2026-03-01T20:00:00Z"]);
    expect(before).toBe("2026-03-02 01:30");
    await person.client.patch("/api/me", { timeZone: "America/Los_Angeles" });
    const list = await person.client.get(entriesUrl(person));
    expect(list.json<PainEntryPage>().items[0]).toMatchObject({
      timeZone: "Asia/Kolkata",
      localDate: "2026-03-02",
    });
    const [after] = await daysOf(person, ["2026-03-01T20:00:00Z"]);
    expect(after).toBe("2026-03-01 12:00");
  });
});
