import { errorBodySchema } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { aQuestionnaireResponse, questionnairesUrl } from "../testing/questionnaire-responses.js";
import { useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();

async function countResponses(): Promise<number> {
  const rows = await testApp.database.db
    .selectFrom("questionnaire_responses")
    .select("id")
    .execute();
  return rows.length;
}

const peg = () => aQuestionnaireResponse();

describe("a submission with bad answers is refused per item and writes nothing", () => {
  const cases: [string, unknown, string][] = [
    ["a missing item", peg().withoutAnswer("activity").build(), "answers.activity"],
    ["an option that does not exist", peg().withAnswer("pain", 11).build(), "answers.pain"],
    ["a negative option", peg().withAnswer("enjoyment", -1).build(), "answers.enjoyment"],
    ["a fraction", peg().withAnswer("pain", 4.5).build(), "answers.pain"],
    [
      "a text answer",
      { ...peg().build(), answers: { pain: "5", enjoyment: 5, activity: 5 } },
      "answers.pain",
    ],
    ["an unknown item", peg().withAnswer("sleep", 3).build(), "answers.sleep"],
    ["an unknown instrument", { ...peg().build(), instrumentId: "bpi" }, "instrumentId"],
    ["no idempotency key", { ...peg().build(), idempotencyKey: undefined }, "idempotencyKey"],
    [
      "an idempotency key that is not a uuid",
      peg().withIdempotencyKey("abc").build(),
      "idempotencyKey",
    ],
    ["an unknown field", { ...peg().build(), score: 10 }, ""],
  ];
  for (const [title, body, field] of cases) {
    it(title, async () => {
      const person = await signedInPatient(testApp);
      const before = await countResponses();
      const response = await person.client.post(
        `${questionnairesUrl(person.user.id)}/responses`,
        body,
      );
      expect(response.statusCode, response.body).toBe(400);
      const error = errorBodySchema.parse(response.json()).error;
      expect(error.code).toBe("validation_failed");
      expect(error.details?.fields?.map((entry) => entry.path)).toContain(field);
      expect(await countResponses()).toBe(before);
    });
  }

  it("names every missing item at once", async () => {
    const person = await signedInPatient(testApp);
    const body = peg().withAnswers({ pain: 3 }).build();
    const response = await person.client.post(
      `${questionnairesUrl(person.user.id)}/responses`,
      body,
    );
    const fields = errorBodySchema.parse(response.json()).error.details?.fields ?? [];
    expect(fields.map((entry) => entry.path)).toEqual(["answers.enjoyment", "answers.activity"]);
  });
});

describe("licensed instruments that are not installed", () => {
  it("say so for the definition and refuse a submission, writing nothing", async () => {
    const person = await signedInPatient(testApp);
    const definition = await person.client.get(
      `${questionnairesUrl(person.user.id)}/instruments/s-lanss`,
    );
    expect(definition.statusCode).toBe(404);
    expect(errorBodySchema.parse(definition.json()).error.code).toBe("instrument_not_installed");

    const before = await countResponses();
    const body = peg().withAnswers({ "strange-sensations": 1 }).build();
    const response = await person.client.post(`${questionnairesUrl(person.user.id)}/responses`, {
      ...body,
      instrumentId: "s-lanss",
    });
    expect(response.statusCode).toBe(404);
    expect(errorBodySchema.parse(response.json()).error.code).toBe("instrument_not_installed");
    expect(await countResponses()).toBe(before);
  });

  it("an unknown instrument id in the path is a 400", async () => {
    const person = await signedInPatient(testApp);
    const response = await person.client.get(
      `${questionnairesUrl(person.user.id)}/instruments/bpi`,
    );
    expect(response.statusCode).toBe(400);
  });
});
