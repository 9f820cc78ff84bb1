import type { QuestionnaireResponse, QuestionnaireResponsePage } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aQuestionnaireResponse, questionnairesUrl } from "../testing/questionnaire-responses.js";
import { useTestApp, testStart } from "../testing/test-app.js";

const testApp = useTestApp();

const day = 24 * 3_600_000;

async function submit(person: SignedInClient, body = aQuestionnaireResponse().build()) {
  return person.client.post(`${questionnairesUrl(person.user.id)}/responses`, body);
}

async function countRows(userId: string): Promise<number> {
  const rows = await testApp.database.db
    .selectFrom("questionnaire_responses")
    .select("id")
    .where("user_id", "=", userId)
    .execute();
  return rows.length;
}

describe("submitting a questionnaire", () => {
  it("scores PEG as the mean with one decimal and stores answers by linkId", async () => {
    const person = await signedInPatient(testApp);
    const response = await submit(person);
    expect(response.statusCode).toBe(201);
    const saved = response.json<QuestionnaireResponse>();
    expect(saved).toMatchObject({
      instrumentId: "peg",
      instrumentVersion: "1",
      authoredAt: testApp.clock.now().toISOString(),
      anchorDate: null,
      answers: { pain: 5, enjoyment: 5, activity: 6 },
      result: { score: 5.3, displayScore: "5.3", minimum: 0, maximum: 10, form: null },
    });
    const again = await person.client.get(
      `${questionnairesUrl(person.user.id)}/responses/${saved.id}`,
    );
    expect(again.json()).toEqual(saved);
  });

  it("answers a retry with the same idempotency key with the first response, writing once", async () => {
    const person = await signedInPatient(testApp);
    const body = aQuestionnaireResponse().build();
    const first = await submit(person, body);
    const second = await submit(person, body);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    expect(await countRows(person.user.id)).toBe(1);
  });

  it("a double tap (two submissions with one key at once) saves one response", async () => {
    const person = await signedInPatient(testApp);
    const body = aQuestionnaireResponse().build();
    const [first, second] = await Promise.all([submit(person, body), submit(person, body)]);
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(first.json<QuestionnaireResponse>().id).toBe(second.json<QuestionnaireResponse>().id);
    expect(await countRows(person.user.id)).toBe(1);
  });

  it("refuses a reused key with different answers, writing nothing more", async () => {
    const person = await signedInPatient(testApp);
    const body = aQuestionnaireResponse().build();
    await submit(person, body);
    const changed = aQuestionnaireResponse(body).withAnswer("pain", 9).build();
    const response = await submit(person, changed);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { code: "validation_failed", details: { fields: [{ path: "idempotencyKey" }] } },
    });
    expect(await countRows(person.user.id)).toBe(1);
  });

  it("PHQ-2 at 3 or more suggests talking to a provider", async () => {
    const person = await signedInPatient(testApp);
    const body = aQuestionnaireResponse()
      .forInstrument("phq-2")
      .withAnswers({ interest: 2, mood: 1 })
      .build();
    const response = await submit(person, body);
    expect(response.json()).toMatchObject({
      result: {
        score: 3,
        interpretation: { isPositiveScreen: true, suggestsTalkingToProvider: true },
      },
    });
  });

  it("PGIC needs a start date first, then stores it with the response", async () => {
    const person = await signedInPatient(testApp);
    const body = aQuestionnaireResponse().forInstrument("pgic").build();
    const refused = await submit(person, body);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      error: { details: { fields: [{ path: "instrumentId" }] } },
    });
    expect(await countRows(person.user.id)).toBe(0);

    await person.client.patch(`${questionnairesUrl(person.user.id)}/settings`, {
      pgicAnchorDate: "2026-02-01",
    });
    const accepted = await submit(person, body);
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json()).toMatchObject({
      anchorDate: "2026-02-01",
      result: { score: 3, interpretation: { band: "minimally-improved" } },
    });
  });
});

describe("listing responses", () => {
  it("pages newest first, filters by instrument and by time range", async () => {
    const person = await signedInPatient(testApp);
    testApp.clock.set(testStart);
    for (let index = 0; index < 5; index += 1) {
      await submit(
        person,
        aQuestionnaireResponse()
          .forInstrument(index === 2 ? "gad-2" : "peg")
          .build(),
      );
      testApp.clock.advance(day);
    }
    testApp.clock.set(testStart);
    const url = `${questionnairesUrl(person.user.id)}/responses`;

    const first = (await person.client.get(`${url}?limit=2`)).json<QuestionnaireResponsePage>();
    expect(first.items.map((item) => item.authoredAt)).toEqual([
      new Date(testStart.getTime() + 4 * day).toISOString(),
      new Date(testStart.getTime() + 3 * day).toISOString(),
    ]);
    expect(first.nextCursor).not.toBeNull();
    const second = (
      await person.client.get(`${url}?limit=2&cursor=${first.nextCursor ?? ""}`)
    ).json<QuestionnaireResponsePage>();
    const third = (
      await person.client.get(`${url}?limit=2&cursor=${second.nextCursor ?? ""}`)
    ).json<QuestionnaireResponsePage>();
    expect([...first.items, ...second.items, ...third.items]).toHaveLength(5);
    expect(third.nextCursor).toBeNull();

    const pegs = (
      await person.client.get(`${url}?instrumentId=peg`)
    ).json<QuestionnaireResponsePage>();
    expect(pegs.items).toHaveLength(4);

    const from = new Date(testStart.getTime() + day).toISOString();
    const to = new Date(testStart.getTime() + 3 * day).toISOString();
    const ranged = (
      await person.client.get(`${url}?from=${from}&to=${to}`)
    ).json<QuestionnaireResponsePage>();
    expect(ranged.items.map((item) => item.instrumentId)).toEqual(["gad-2", "peg"]);
  });

  it("refuses a cursor it did not hand out", async () => {
    const person = await signedInPatient(testApp);
    const response = await person.client.get(
      `${questionnairesUrl(person.user.id)}/responses?cursor=not-a-cursor`,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { details: { fields: [{ path: "cursor" }] } } });
  });

  it("answers 404 for someone else's response id, even to its owner's neighbour", async () => {
    const owner = await signedInPatient(testApp);
    const other = await signedInPatient(testApp);
    const saved = (await submit(owner)).json<QuestionnaireResponse>();
    const response = await other.client.get(
      `${questionnairesUrl(other.user.id)}/responses/${saved.id}`,
    );
    expect(response.statusCode).toBe(404);
  });
});

describe("the OpenAPI document", () => {
  it("describes the questionnaire endpoints", async () => {
    const response = await testApp.client().get("/api/openapi.json");
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json<{ paths: Record<string, unknown> }>().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/api/users/{userId}/questionnaires",
        "/api/users/{userId}/questionnaires/responses/{responseId}",
        "/api/users/{userId}/questionnaires/settings",
      ]),
    );
  });
});
