import type { QuestionnaireResponse } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { aQuestionnaireResponse } from "../testing/questionnaire-responses.js";
import { useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();

const url = (userId: string) => `/api/users/${userId}/questionnaires`;

describe("PHQ-9 (Kroenke 2001): offered after a positive PHQ-2", () => {
  it("is served with nine items and its crisis item, never due by itself", async () => {
    const person = await signedInPatient(testApp);
    const definition = await person.client.get(`${url(person.user.id)}/instruments/phq-9`);
    expect(definition.statusCode).toBe(200);
    expect(definition.json()).toMatchObject({
      id: "phq-9",
      licence: "free",
      crisisItem: { linkId: "self-harm", minimumValue: 1 },
      loincPanelCode: "44249-1",
    });
    const overview = (await person.client.get(url(person.user.id))).json<{ due: string[] }>();
    expect(overview.due).not.toContain("phq-9");
  });

  it("stores the total and its band; item 9 above 'not at all' is said in the result", async () => {
    const person = await signedInPatient(testApp);
    const body = aQuestionnaireResponse().forInstrument("phq-9").build();
    const response = await person.client.post(`${url(person.user.id)}/responses`, {
      ...body,
      answers: { ...body.answers, "self-harm": 1 },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json<QuestionnaireResponse>().result).toMatchObject({
      score: 9,
      maximum: 27,
      interpretation: { band: "mild", suggestsTalkingToProvider: true },
    });
    expect(response.json<QuestionnaireResponse>().result.interpretation.message).toMatch(
      /hurting yourself/,
    );
  });

  it("refuses a missing item 9 with its field, and writes nothing", async () => {
    const person = await signedInPatient(testApp);
    const body = aQuestionnaireResponse().forInstrument("phq-9").build();
    const eight = Object.fromEntries(
      Object.entries(body.answers).filter(([linkId]) => linkId !== "self-harm"),
    );
    const response = await person.client.post(`${url(person.user.id)}/responses`, {
      ...body,
      answers: eight,
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("answers.self-harm");
    const list = await person.client.get(`${url(person.user.id)}/responses`);
    expect(list.json<{ items: unknown[] }>().items).toEqual([]);
  });
});
