import { diaryExportSchema } from "@painplan/core";
import { beforeAll, describe, expect, it } from "vitest";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aPainEntry, entriesUrl, recordPainEntry } from "../testing/pain-entries.js";
import { useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();
let person: SignedInClient;
beforeAll(async () => {
  person = await signedInPatient(testApp);
  await recordPainEntry(
    person,
    aPainEntry()
      .at("2026-03-27T20:00:00Z")
      .withIntensity(7)
      .withRegions({ regionId: "right-sole", intensity: 8, qualities: ["burning", "shooting"] })
      .withNotes('Bad evening, "electric" feet\nwoke twice')
      .withTriggers("froid, humide")
      .build(),
  );
  await recordPainEntry(person, aPainEntry().at("2026-03-28T07:00:00Z").withIntensity(4).build());
  const gone = await recordPainEntry(person, aPainEntry().at("2026-03-28T08:00:00Z").build());
  await person.client.request("DELETE", `${entriesUrl(person)}/${gone.id}`);
});

const exportUrl = (format: string, query = "") =>
  `/api/users/${person.user.id}/diary/export.${format}${query}`;

describe("diary export", () => {
  it("CSV: UTF-8 attachment, one row per live entry, oldest first, quoted per RFC 4180", async () => {
    const response = await person.client.get(exportUrl("csv"));
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="painplan-diary-2026-03-29\.csv"/,
    );
    expect(response.headers["cache-control"]).toBe("no-store");
    const text = response.body.replace(/^\uFEFF/, "");
    const records = text.split(/\r\n(?=[0-9a-f-]{36},|$)/).filter((line) => line !== "");
    expect(records).toHaveLength(3);
    expect(records[0]).toMatch(
      /^entry_id,local_date,local_time,.*,right-sole_intensity,right-sole_qualities$/,
    );
    expect(records[1]).toContain(
      ',2026-03-27,21:00,Europe/Paris,2026-03-27T20:00:00.000Z,7,,,,,entry,,"froid, humide",,"Bad evening, ""electric"" feet\nwoke twice",8,burning; shooting',
    );
    expect(records[2]).toMatch(/,2026-03-28,08:00,Europe\/Paris,2026-03-28T07:00:00.000Z,4,.*,,$/);
  });

  it("JSON: an attachment that matches the documented export schema", async () => {
    const response = await person.client.get(exportUrl("json"));
    expect(response.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename=".*\.json"/);
    const document = diaryExportSchema.parse(response.json());
    expect(document.timeZone).toBe("Europe/Paris");
    expect(document.format).toBe("painplan-diary/2");
    // Scores are plain numbers, as they were sent; the file says once what each one covers.
    expect(document.entries.map((entry) => entry.intensityNow)).toEqual([7, 4]);
    expect(document.recallPeriods).toEqual({
      intensityNow: "now",
      averageIntensity: "last-24h",
      worstIntensity: "last-24h",
      sleepInterference: "last-night",
      mood: "now",
    });
  });

  it("filters by local day", async () => {
    const response = await person.client.get(exportUrl("json", "?fromDate=2026-03-28"));
    const document = diaryExportSchema.parse(response.json());
    expect(document.entries.map((entry) => entry.localDate)).toEqual(["2026-03-28"]);
  });
});
