import { installedTextSchema, type InstrumentDefinition } from "@painplan/core";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { questionnairesUrl } from "../testing/questionnaire-responses.js";
import { useTestApp } from "../testing/test-app.js";
import { fixtureFiles, fixtureText } from "./fixtures/fixture-files.js";
import { installInstrument, licensedFileLimits } from "./install-instrument.js";

/**
 * A licensed file is checked once, at install (size, depth, a byte order mark), stored compiled,
 * and served from a cache that an install anywhere refreshes.
 */
const testApp = useTestApp();
let person: SignedInClient;
beforeAll(async () => {
  person = await signedInPatient(testApp);
});
beforeEach(async () => {
  await testApp.database.db.deleteFrom("installed_instruments").execute();
});

const dn4 = () => fixtureText(fixtureFiles.dn4);
const install = (text: string) => installInstrument(testApp.database.db, testApp.clock, text);
const storedRows = () =>
  testApp.database.db.selectFrom("installed_instruments").selectAll().execute();

async function dn4Definition(): Promise<InstrumentDefinition> {
  const response = await person.client.get(`${questionnairesUrl(person.user.id)}/instruments/dn4`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<InstrumentDefinition>();
}

describe("install checks", () => {
  it("accepts a file that starts with a UTF-8 byte order mark", async () => {
    await expect(install(`\uFEFF${dn4()}`)).resolves.toMatchObject({ instrumentId: "dn4" });
  });

  it("refuses a file over the size limit with its size, and stores nothing", async () => {
    const file = JSON.parse(dn4()) as Record<string, unknown>;
    const padded = JSON.stringify({ ...file, extra: "x".repeat(licensedFileLimits.maxBytes) });
    await expect(install(padded)).rejects.toThrow(
      /is 1,026 KB; a questionnaire definition is at most 1,024 KB/,
    );
    expect(await storedRows()).toEqual([]);
  });

  it("refuses a deeply nested file with a clear message, not a stack overflow", async () => {
    const levels = 10_000;
    const nested = `${'{"resourceType":"Questionnaire","item":['.repeat(1)}${'{"linkId":"a","type":"group","item":['.repeat(levels)}${"]}".repeat(levels)}]}`;
    await expect(install(nested)).rejects.toThrow(/nests more than 32 levels deep/);
    expect(await storedRows()).toEqual([]);
  });

  it("accepts a file nested as deep as the limit allows", async () => {
    const file = JSON.parse(dn4()) as { item: unknown[] };
    let extra: unknown = "leaf";
    for (let level = 0; level < licensedFileLimits.maxDepth - 1; level += 1) extra = [extra];
    await expect(install(JSON.stringify({ ...file, extra }))).resolves.toMatchObject({
      instrumentId: "dn4",
    });
  });
});

describe("the compiled form, cached", () => {
  it("stores the compiled wording next to the file", async () => {
    await install(dn4());
    const [row] = await storedRows();
    const compiled = installedTextSchema.parse(JSON.parse(row?.compiled_json ?? "null"));
    expect(compiled.items["burning"]).toEqual({
      text: "Placeholder item burning",
      groupText: "Placeholder question 1",
    });
  });

  it("serves the cached wording until an install moves the revision on", async () => {
    await install(dn4());
    expect((await dn4Definition()).items[0]?.text).toBe("Placeholder item burning");
    // Changed behind the server's back, without a new revision: the cache still answers.
    await testApp.database.db
      .updateTable("installed_instruments")
      .set({ compiled_json: null, questionnaire_json: "not json" })
      .execute();
    expect((await dn4Definition()).items[0]?.text).toBe("Placeholder item burning");
    // A real reinstall (here or on another server) is seen at once.
    await install(dn4().replace("Placeholder item burning", "Reworded item burning"));
    expect((await dn4Definition()).items[0]?.text).toBe("Reworded item burning");
  });

  it("still reads an install made before compiled forms were stored", async () => {
    await install(dn4());
    await testApp.database.db
      .updateTable("installed_instruments")
      .set({ compiled_json: null, revision: 41 as never })
      .execute();
    expect((await dn4Definition()).items[0]?.text).toBe("Placeholder item burning");
  });
});
