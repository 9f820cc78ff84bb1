import {
  errorBodySchema,
  type InstrumentDefinition,
  type QuestionnaireOverview,
} from "@painplan/core";
import { beforeAll, describe, expect, it } from "vitest";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { aQuestionnaireResponse, questionnairesUrl } from "../testing/questionnaire-responses.js";
import { useTestApp } from "../testing/test-app.js";
import { fixtureFiles, fixtureText } from "./fixtures/fixture-files.js";
import { InstallRefusedError, installInstrument } from "./install-instrument.js";

const testApp = useTestApp();
let person: SignedInClient;
beforeAll(async () => {
  person = await signedInPatient(testApp);
});

const interviewYes = (yes: number) =>
  Object.fromEntries(
    [
      "burning",
      "painful-cold",
      "electric-shocks",
      "tingling",
      "pins-and-needles",
      "numbness",
      "itching",
    ].map((linkId, index) => [linkId, index < yes ? 1 : 0]),
  );

function submitDn4(answers: Record<string, number>) {
  const body = aQuestionnaireResponse().withAnswers(answers).build();
  return person.client.post(`${questionnairesUrl(person.user.id)}/responses`, {
    ...body,
    instrumentId: "dn4",
  });
}

describe("installing a licensed definition", () => {
  it("refuses a file whose linkIds do not match, and installs nothing", async () => {
    await expect(
      installInstrument(
        testApp.database.db,
        testApp.clock,
        fixtureText(fixtureFiles.dn4Mismatched),
      ),
    ).rejects.toThrow(InstallRefusedError);
    const rows = await testApp.database.db
      .selectFrom("installed_instruments")
      .selectAll()
      .execute();
    expect(rows).toEqual([]);
  });

  it("makes the instrument available with the installed wording", async () => {
    const installed = await installInstrument(
      testApp.database.db,
      testApp.clock,
      fixtureText(fixtureFiles.dn4),
    );
    expect(installed).toMatchObject({ instrumentId: "dn4", version: "test-1" });

    const overview = await person.client.get(questionnairesUrl(person.user.id));
    const dn4 = overview
      .json<QuestionnaireOverview>()
      .instruments.find((entry) => entry.id === "dn4");
    expect(dn4?.status).toBe("available");

    const response = await person.client.get(
      `${questionnairesUrl(person.user.id)}/instruments/dn4`,
    );
    const definition = response.json<InstrumentDefinition>();
    expect(definition).toMatchObject({
      version: "licensed-test-1",
      copyright: "Placeholder: the real wording is licensed and is not part of PainPlan.",
    });
    expect(definition.items[0]).toMatchObject({
      linkId: "burning",
      text: "Placeholder item burning",
      groupText: "Placeholder question 1",
      answerStyle: "yes-no",
    });
    expect(definition.items.filter((item) => item.part === "clinician-examination")).toHaveLength(
      3,
    );
  });

  it("scores the interview part alone out of 7", async () => {
    const interview = await submitDn4(interviewYes(3));
    expect(interview.statusCode).toBe(201);
    expect(interview.json()).toMatchObject({
      instrumentVersion: "licensed-test-1",
      result: {
        displayScore: "3/7",
        form: "interview",
        interpretation: { isPositiveScreen: true },
      },
    });
  });

  it("refuses the examination part from the person alone (403), naming each item, saving nothing", async () => {
    const listUrl = `${questionnairesUrl(person.user.id)}/responses`;
    const count = async () =>
      (await person.client.get(listUrl)).json<{ items: unknown[] }>().items.length;
    const before = await count();
    for (const answers of [
      { ...interviewYes(3), "touch-hypoaesthesia": 0, "pinprick-hypoaesthesia": 0, brushing: 0 },
      { ...interviewYes(2), brushing: 1 },
    ]) {
      const response = await submitDn4(answers);
      expect(response.statusCode).toBe(403);
      const body = errorBodySchema.parse(response.json()).error;
      expect(body.code).toBe("forbidden");
      expect(body.message).toMatch(/clinician/);
      expect(body.message).toMatch(/seven interview questions/);
      const paths = (body.details?.fields ?? []).map((field) => field.path);
      expect(paths).toEqual(
        Object.keys(answers)
          .filter((linkId) => linkId.includes("hypoaesthesia") || linkId === "brushing")
          .map((linkId) => `answers.${linkId}`),
      );
    }
    expect(await count()).toBe(before);
  });
});
