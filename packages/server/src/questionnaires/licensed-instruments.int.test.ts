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

  it("scores the interview part alone out of 7 and the full DN4 out of 10", async () => {
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
    const full = await submitDn4({
      ...interviewYes(3),
      "touch-hypoaesthesia": 0,
      "pinprick-hypoaesthesia": 0,
      brushing: 0,
    });
    expect(full.json()).toMatchObject({
      result: { displayScore: "3/10", form: "full", interpretation: { isPositiveScreen: false } },
    });
  });

  it("refuses half an examination part, naming the missing items", async () => {
    const response = await submitDn4({ ...interviewYes(2), brushing: 1 });
    expect(response.statusCode).toBe(400);
    const fields = errorBodySchema.parse(response.json()).error.details?.fields ?? [];
    expect(fields.map((field) => field.path)).toEqual([
      "answers.touch-hypoaesthesia",
      "answers.pinprick-hypoaesthesia",
    ]);
  });
});
