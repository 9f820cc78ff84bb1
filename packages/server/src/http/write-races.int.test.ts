import type {
  CostEstimate,
  CostPackage,
  ErrorBody,
  GoalRecord,
  InsuranceClaim,
  PainEntry,
  PainEntryHistory,
  Plan,
  PracticeLogEntry,
  SafetyIntake,
} from "@painplan/core";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { aPainEntry, diaryUrl, entriesUrl, recordPainEntry } from "../testing/pain-entries.js";
import { aMedication, aPainProfile } from "../testing/pain-profiles.js";
import { aQuestionnaireResponse, questionnairesUrl } from "../testing/questionnaire-responses.js";
import { aGoalBody, aPlanBody, planWithItem } from "../plan/testing/plans.js";
import { aPracticeLog } from "../practice/testing/practice-client.js";
import { aSessionLog, sessionsUrl } from "../sessions/testing/sessions.js";
import { aClaimBody, aPackageBody, anEstimateBody } from "../costs/testing/costs-fixtures.js";
import { race, raceSize, statusCounts } from "../testing/race.js";
import { testStart, useTestApp } from "../testing/test-app.js";

/**
 * Every write that can race: `raceSize` (20) requests at once at one record, on both databases
 * (23 races, 460 racing requests per database). Each answer is 2xx or 409, never 500 (a loser that
 * would get the same answer in sequence — 404 for a deleted entry, 400 for a questionnaire no
 * longer due — is allowed by name), and the final state is what those answers promised.
 */
const testApp = useTestApp();

async function historyOf(person: Awaited<ReturnType<typeof signedInPatient>>, entryId: string) {
  const response = await person.client.get(`${entriesUrl(person)}/${entryId}/history`);
  return response.json<PainEntryHistory>();
}

describe("diary", () => {
  it("identical edits of one entry: all succeed, one change recorded", async () => {
    const person = await signedInPatient(testApp);
    const entry = await recordPainEntry(person);
    const url = `${entriesUrl(person)}/${entry.id}`;
    await race(() => person.client.patch(url, { notes: "same words" }));
    const history = await historyOf(person, entry.id);
    expect(history.changes.map((change) => change.action)).toEqual(["created", "updated"]);
  });

  it("different edits of one entry: every success is one change, in order, none lost", async () => {
    const person = await signedInPatient(testApp);
    const entry = await recordPainEntry(person);
    const url = `${entriesUrl(person)}/${entry.id}`;
    const responses = await race((index) => person.client.patch(url, { notes: `edit ${index}` }));
    const succeeded = responses.filter((response) => response.statusCode === 200).length;
    const history = await historyOf(person, entry.id);
    expect(history.changes).toHaveLength(1 + succeeded);
    const last = (await person.client.get(url)).json<PainEntry>();
    const lastChange = history.changes.at(-1)?.changes.find((change) => change.field === "notes");
    expect(lastChange?.after).toBe(last.notes);
  });

  it("deletions of one entry: one succeeds, the others find it gone (404, as in sequence)", async () => {
    const person = await signedInPatient(testApp);
    const entry = await recordPainEntry(person);
    const url = `${entriesUrl(person)}/${entry.id}`;
    const responses = await race(() => person.client.request("DELETE", url), {
      alsoAllowed: [404],
    });
    expect(statusCounts(responses)[204]).toBe(1);
    const history = await historyOf(person, entry.id);
    expect(history.changes.map((change) => change.action)).toEqual(["created", "deleted"]);
  });

  it("an entry, a quick log and a stable day sent again and again with one key: one row each", async () => {
    const person = await signedInPatient(testApp);
    const entry = aPainEntry().build();
    const quick = { idempotencyKey: randomUUID(), intensityNow: 4 };
    const stable = { idempotencyKey: randomUUID() };
    for (const [url, body] of [
      [entriesUrl(person), entry],
      [diaryUrl(person, "quick-log"), quick],
      [diaryUrl(person, "stable-day"), stable],
    ] as const) {
      const responses = await race(() => person.client.post(url, body));
      const ids = new Set(responses.map((response) => response.json<PainEntry>().id));
      expect(ids.size, url).toBe(1);
    }
    const list = await person.client.get(entriesUrl(person));
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(3);
  });
});

describe("pain profile, safety intake, settings and the account", () => {
  it("pain profile saves: all succeed, the profile is the one sent", async () => {
    const person = await signedInPatient(testApp);
    const profile = aPainProfile().withMedications(aMedication()).build();
    const url = `/api/users/${person.user.id}/pain-profile`;
    await race(() => person.client.request("PUT", url, profile));
    const saved = (await person.client.get(url)).json<{ medications: unknown[] }>();
    expect(saved.medications).toHaveLength(1);
  });

  it("safety intake saves: every success is one version, numbered 1…n without a gap", async () => {
    const person = await signedInPatient(testApp);
    const url = `/api/users/${person.user.id}/safety-intake`;
    const body = { status: "in-progress", answers: { epilepsy: "no" }, preferences: {} };
    const responses = await race(() => person.client.request("PUT", url, body));
    const versions = responses
      .filter((response) => response.statusCode === 200)
      .map((response) => response.json<{ intake: SafetyIntake }>().intake.version)
      .sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(versions).toEqual(Array.from({ length: versions.length }, (_, index) => index + 1));
  });

  it("questionnaire settings: all succeed, the settings are the ones sent", async () => {
    const person = await signedInPatient(testApp);
    const url = `${questionnairesUrl(person.user.id)}/settings`;
    await race(() => person.client.patch(url, { intervals: { peg: 3 } }));
    const saved = (await person.client.get(url)).json<{ intervals: Record<string, number> }>();
    expect(saved.intervals["peg"]).toBe(3);
  });

  it("questionnaire skips of one due questionnaire: one skip is kept", async () => {
    const person = await signedInPatient(testApp);
    const url = `${questionnairesUrl(person.user.id)}/skips`;
    const responses = await race(() => person.client.post(url, { instrumentId: "peg" }), {
      alsoAllowed: [400],
    });
    expect(statusCounts(responses)[201] ?? statusCounts(responses)[200]).toBe(1);
    const rows = await testApp.database.db
      .selectFrom("questionnaire_skips")
      .select("id")
      .where("user_id", "=", person.user.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("one questionnaire response sent again and again with one key: one response", async () => {
    const person = await signedInPatient(testApp);
    const url = `${questionnairesUrl(person.user.id)}/responses`;
    const body = aQuestionnaireResponse().build();
    const responses = await race(() => person.client.post(url, body));
    const ids = new Set(responses.map((response) => response.json<{ id: string }>().id));
    expect(ids.size).toBe(1);
  });

  it("display name changes: all succeed", async () => {
    const person = await signedInPatient(testApp);
    await race(() => person.client.patch("/api/me", { displayName: "Sam Race" }));
    const me = await person.client.get("/api/me");
    expect(me.json<{ user: { displayName: string } }>().user.displayName).toBe("Sam Race");
  });

  it("registrations with one email: one account, the others 409 email_taken", async () => {
    const registration = aRegistration().build();
    const responses = await race(() => testApp.client().post("/api/auth/register", registration));
    expect(statusCounts(responses)[201]).toBe(1);
    const rows = await testApp.database.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", registration.email)
      .execute();
    expect(rows).toHaveLength(1);
  });
});

describe("sessions", () => {
  it("one planned session logged 20 times with different keys: one session, the others 409", async () => {
    const person = await signedInPatient(testApp);
    const { item } = await planWithItem(person);
    const responses = await race(() =>
      person.client.post(
        sessionsUrl(person),
        aSessionLog({
          therapyId: "body-scan",
          planItemId: item.id,
          occurrenceStart: "2026-03-28T10:00",
        }),
      ),
    );
    expect(statusCounts(responses)).toEqual({ 201: 1, 409: raceSize - 1 });
    const list = await person.client.get(sessionsUrl(person));
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(1);
  });
});

describe("plan", () => {
  it("one plan sent again and again with one key: one plan, still active, every answer is it", async () => {
    const person = await signedInPatient(testApp);
    const body = aPlanBody();
    const responses = await race(() =>
      person.client.post(`/api/users/${person.user.id}/plans`, body),
    );
    expect(statusCounts(responses)).toEqual({ 201: raceSize });
    const ids = new Set(responses.map((response) => response.json<Plan>().id));
    expect(ids.size).toBe(1);
    const rows = await testApp.database.db
      .selectFrom("plans")
      .select(["id", "status"])
      .where("user_id", "=", person.user.id)
      .execute();
    expect(rows).toEqual([{ id: [...ids][0], status: "active" }]);
  });

  it("one goal sent again and again with one key: one goal, every answer is it", async () => {
    const person = await signedInPatient(testApp);
    const url = `/api/users/${person.user.id}/plan/goals`;
    const body = aGoalBody();
    const responses = await race(() => person.client.post(url, body));
    expect(statusCounts(responses)).toEqual({ 201: raceSize });
    const ids = new Set(responses.map((response) => response.json<GoalRecord>().id));
    expect(ids.size).toBe(1);
    const list = await person.client.get(url);
    expect(list.json<{ goals: GoalRecord[] }>().goals.map((each) => each.id)).toEqual([...ids]);
  });
});

describe("practice", () => {
  it("one practice log sent again and again with one key: one entry, every answer is it", async () => {
    const person = await signedInPatient(testApp);
    const url = `/api/users/${person.user.id}/practice/log`;
    const body = {
      ...aPracticeLog(new Date(testStart.getTime() - 60_000)),
      idempotencyKey: randomUUID(),
    };
    const responses = await race(() => person.client.post(url, body));
    expect(statusCounts(responses)).toEqual({ 201: raceSize });
    const ids = new Set(responses.map((response) => response.json<PracticeLogEntry>().id));
    expect(ids.size).toBe(1);
  });
});

describe("costs", () => {
  const claimsUrl = (person: SignedInClient) => `/api/users/${person.user.id}/costs/claims`;

  async function aClaim(person: SignedInClient) {
    const created = await person.client.post(claimsUrl(person), aClaimBody());
    expect(created.statusCode).toBe(201);
    return created.json<InsuranceClaim>();
  }

  it("one claim and one estimate sent again and again with one key: one row each, every answer is it", async () => {
    const person = await signedInPatient(testApp);
    const costsUrl = `/api/users/${person.user.id}/costs`;
    for (const [path, body] of [
      ["claims", aClaimBody()],
      ["estimates", anEstimateBody()],
    ] as const) {
      const responses = await race(() => person.client.post(`${costsUrl}/${path}`, body));
      expect(statusCounts(responses), path).toEqual({ 201: raceSize });
      const ids = new Set(responses.map((response) => response.json<{ id: string }>().id));
      expect(ids.size, path).toBe(1);
      const list = await person.client.get(`${costsUrl}/${path}`);
      expect(list.json<{ items: unknown[] }>().items, path).toHaveLength(1);
    }
  });

  it("one package sent again and again with one key: one package, every answer is it", async () => {
    const person = await signedInPatient(testApp);
    const url = `/api/users/${person.user.id}/costs/packages`;
    const body = aPackageBody();
    const responses = await race(() => person.client.post(url, body));
    expect(statusCounts(responses)).toEqual({ 201: raceSize });
    const ids = new Set(responses.map((response) => response.json<CostPackage>().id));
    expect(ids.size).toBe(1);
    const list = await person.client.get(url);
    expect(list.json<{ items: CostPackage[] }>().items.map((each) => each.id)).toEqual([...ids]);
  });

  it("status changes of one claim from one version: one succeeds, the others 409 write_conflict", async () => {
    const person = await signedInPatient(testApp);
    const claim = await aClaim(person);
    const url = `${claimsUrl(person)}/${claim.id}`;
    const responses = await race((index) =>
      person.client.patch(url, {
        version: claim.version,
        status: "submitted",
        submittedOn: "2026-03-02",
        note: `sent ${index}`,
      }),
    );
    expect(statusCounts(responses)).toEqual({ 200: 1, 409: raceSize - 1 });
    const conflicts = responses.filter((response) => response.statusCode === 409);
    for (const response of conflicts) {
      expect(response.json<ErrorBody>().error).toMatchObject({
        code: "write_conflict",
        details: { currentVersion: 2 },
      });
    }
    const list = (await person.client.get(claimsUrl(person))).json<{ items: InsuranceClaim[] }>();
    const winner = responses.find((response) => response.statusCode === 200);
    expect(list.items).toEqual([winner?.json<InsuranceClaim>()]);
  });

  it("a claim's changes racing its deletion: 200, 204, 404 or 409, and a deleted claim stays deleted", async () => {
    const person = await signedInPatient(testApp);
    const claim = await aClaim(person);
    const url = `${claimsUrl(person)}/${claim.id}`;
    const responses = await race(
      (index) =>
        index % 2 === 0
          ? person.client.request("DELETE", url)
          : person.client.patch(url, { version: claim.version, note: `edit ${index}` }),
      { alsoAllowed: [404] },
    );
    const counts = statusCounts(responses);
    expect(counts[204]).toBe(1);
    expect(counts[200] ?? 0).toBeLessThanOrEqual(1);
    for (const response of responses.filter((each) => each.statusCode >= 400)) {
      expect(["not_found", "write_conflict"]).toContain(response.json<ErrorBody>().error.code);
    }
    const list = (await person.client.get(claimsUrl(person))).json<{ items: InsuranceClaim[] }>();
    expect(list.items).toEqual([]);
  });

  it("an estimate listed and compared while it is removed: every list answers 200", async () => {
    const person = await signedInPatient(testApp);
    const url = `/api/users/${person.user.id}/costs/estimates`;
    const created = await person.client.post(url, anEstimateBody());
    const estimate = created.json<CostEstimate>();
    const responses = await race(
      (index) =>
        index % 2 === 0
          ? person.client.request("DELETE", `${url}/${estimate.id}`)
          : person.client.get(url),
      { alsoAllowed: [404] },
    );
    expect(statusCounts(responses)[204]).toBe(1);
  });
});
