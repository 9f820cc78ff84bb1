import type { QuestionnaireOverview, QuestionnaireSettings } from "@painplan/core";
import { beforeEach, describe, expect, it } from "vitest";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { race } from "../testing/race.js";
import { aQuestionnaireResponse, questionnairesUrl } from "../testing/questionnaire-responses.js";
import { useTestApp, testStart } from "../testing/test-app.js";

const testApp = useTestApp();
beforeEach(() => {
  testApp.clock.set(testStart);
});

const day = 24 * 3_600_000;

async function overview(person: SignedInClient): Promise<QuestionnaireOverview> {
  const response = await person.client.get(questionnairesUrl(person.user.id));
  expect(response.statusCode).toBe(200);
  return response.json<QuestionnaireOverview>();
}

/** Moves the clock on a day at a time, using the app daily so the sign-in session stays alive. */
async function liveDays(person: SignedInClient, days: number): Promise<void> {
  for (let index = 0; index < days; index += 1) {
    testApp.clock.advance(day);
    await overview(person);
  }
}

const statusOf = (view: QuestionnaireOverview, id: string) =>
  view.instruments.find((instrument) => instrument.id === id);

describe("what is due", () => {
  it("a new person: PEG, PHQ-2 and GAD-2 are due; PGIC waits for a start date; licensed are not installed", async () => {
    const person = await signedInPatient(testApp);
    const view = await overview(person);
    expect(view.due).toEqual(["peg", "phq-2", "gad-2"]);
    // 00:30 UTC on 29 March is 01:30 (then 03:00 after the change) in Paris: the same local day.
    expect(view.today).toBe("2026-03-29");
    expect(statusOf(view, "pgic")?.schedule).toMatchObject({
      isDue: false,
      isWaitingForAnchorDate: true,
    });
    expect(statusOf(view, "dn4")).toMatchObject({ status: "not-installed", licence: "licensed" });
  });

  it("PEG is due again a week after it was answered, in the person's time zone", async () => {
    const person = await signedInPatient(testApp);
    await person.client.post(
      `${questionnairesUrl(person.user.id)}/responses`,
      aQuestionnaireResponse().build(),
    );
    expect((await overview(person)).due).not.toContain("peg");
    await liveDays(person, 6);
    expect(statusOf(await overview(person), "peg")?.schedule).toMatchObject({
      isDue: false,
      dueOn: "2026-04-05",
    });
    await liveDays(person, 1);
    expect((await overview(person)).due).toContain("peg");
  });

  it("skipping a due questionnaire waits a full interval; a questionnaire that is not due cannot be skipped", async () => {
    const person = await signedInPatient(testApp);
    const url = `${questionnairesUrl(person.user.id)}/skips`;
    const skipped = await person.client.post(url, { instrumentId: "phq-2" });
    expect(skipped.statusCode).toBe(201);
    expect(skipped.json()).toMatchObject({
      instrumentId: "phq-2",
      skippedAt: testStart.toISOString(),
    });
    const view = await overview(person);
    expect(view.due).toEqual(["peg", "gad-2"]);
    expect(statusOf(view, "phq-2")?.schedule).toMatchObject({ dueOn: "2026-04-26" });

    const again = await person.client.post(url, { instrumentId: "phq-2" });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({
      error: { details: { fields: [{ path: "instrumentId" }] } },
    });
    const rows = await testApp.database.db
      .selectFrom("questionnaire_skips")
      .select("id")
      .where("user_id", "=", person.user.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("PGIC is due four weeks after the chosen start date", async () => {
    const person = await signedInPatient(testApp);
    await person.client.patch(`${questionnairesUrl(person.user.id)}/settings`, {
      pgicAnchorDate: "2026-03-01",
    });
    expect((await overview(person)).due).toContain("pgic");
    await person.client.patch(`${questionnairesUrl(person.user.id)}/settings`, {
      pgicAnchorDate: "2026-03-02",
    });
    expect(statusOf(await overview(person), "pgic")?.schedule).toMatchObject({
      isDue: false,
      dueOn: "2026-03-30",
    });
  });
});

describe("settings", () => {
  it("start with the defaults and keep each change", async () => {
    const person = await signedInPatient(testApp);
    const url = `${questionnairesUrl(person.user.id)}/settings`;
    expect((await person.client.get(url)).json()).toEqual({
      intervals: {
        peg: 7,
        pgic: 28,
        "phq-2": 28,
        "phq-9": null,
        "gad-2": 28,
        dn4: null,
        "s-lanss": null,
        "id-pain": null,
      },
      pgicAnchorDate: null,
    });
    await person.client.patch(url, { intervals: { peg: 14, "gad-2": null } });
    const changed = await person.client.patch(url, { pgicAnchorDate: "2026-03-01" });
    expect(changed.json<QuestionnaireSettings>()).toMatchObject({
      intervals: { peg: 14, "gad-2": null, "phq-2": 28 },
      pgicAnchorDate: "2026-03-01",
    });
    expect((await overview(person)).due).toEqual(["peg", "pgic", "phq-2"]);
  });

  it("changes sent at once, each of one interval, all last (no write puts back another's)", async () => {
    const person = await signedInPatient(testApp);
    const url = `${questionnairesUrl(person.user.id)}/settings`;
    const changes = [
      { intervals: { peg: 10 } },
      { intervals: { pgic: 30 } },
      { intervals: { "phq-2": 31 } },
      { intervals: { "gad-2": 32 } },
      { pgicAnchorDate: "2026-03-01" },
    ];
    await race((index) => person.client.patch(url, changes[index % changes.length]), {
      count: changes.length * 2,
    });
    expect((await person.client.get(url)).json<QuestionnaireSettings>()).toMatchObject({
      intervals: { peg: 10, pgic: 30, "phq-2": 31, "gad-2": 32 },
      pgicAnchorDate: "2026-03-01",
    });
  });

  it("refuses a start date in the future and bad intervals, changing nothing", async () => {
    const person = await signedInPatient(testApp);
    const url = `${questionnairesUrl(person.user.id)}/settings`;
    const cases: [unknown, string][] = [
      [{ pgicAnchorDate: "2026-03-30" }, "pgicAnchorDate"],
      [{ pgicAnchorDate: "29/03/2026" }, "pgicAnchorDate"],
      [{ intervals: { peg: 0 } }, "intervals.peg"],
      [{ intervals: { peg: 2.5 } }, "intervals.peg"],
      [{ intervals: { sleep: 7 } }, "intervals"],
      [{}, ""],
    ];
    for (const [body, path] of cases) {
      const response = await person.client.patch(url, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      const fields = response.json<{ error: { details: { fields: { path: string }[] } } }>().error
        .details.fields;
      expect(fields.map((field) => field.path)).toContain(path);
    }
    const rows = await testApp.database.db
      .selectFrom("questionnaire_settings")
      .select("user_id")
      .where("user_id", "=", person.user.id)
      .execute();
    expect(rows).toEqual([]);
  });
});
