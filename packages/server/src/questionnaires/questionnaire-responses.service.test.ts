import type { QuestionnaireResponse } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { fixedClock } from "../system/clock.js";
import { randomIds } from "../system/ids.js";
import { aQuestionnaireResponse } from "../testing/questionnaire-responses.js";
import { instrumentDefinitionsService } from "./instrument-definitions.service.js";
import type { InstalledInstrumentsRepository } from "./installed-instruments.repository.js";
import type { QuestionnaireResponsesRepository } from "./questionnaire-responses.repository.js";
import { questionnaireResponsesService } from "./questionnaire-responses.service.js";
import type { QuestionnaireScheduleService } from "./questionnaire-schedule.service.js";

const noInstalledTexts = {
  all: () => Promise.resolve(new Map()),
  revisions: () => Promise.resolve(""),
} as unknown as InstalledInstrumentsRepository;

/**
 * The race the database settles: both requests find no response for the key, both insert, and
 * the unique index refuses the second. The loser must answer with the winner's response.
 */
function racingRepository(winner: QuestionnaireResponse): QuestionnaireResponsesRepository {
  let lookups = 0;
  const uniqueViolation = Object.assign(new Error("duplicate key"), { code: "23505" });
  return {
    findByIdempotencyKey: () => Promise.resolve(lookups++ === 0 ? undefined : winner),
    insert: () => Promise.reject(uniqueViolation),
    findById: () => Promise.resolve(undefined),
    page: () => Promise.resolve([]),
    lastCompleted: () => Promise.resolve(new Map()),
  };
}

function service(responses: QuestionnaireResponsesRepository) {
  return questionnaireResponsesService({
    responses,
    definitions: instrumentDefinitionsService(noInstalledTexts),
    schedule: {} as QuestionnaireScheduleService,
    clock: fixedClock(new Date("2026-03-29T00:30:00.000Z")),
    ids: randomIds,
  });
}

describe("submitting when another request with the same key wins the insert", () => {
  const body = aQuestionnaireResponse().build();
  const winner: QuestionnaireResponse = {
    id: "6f1d4a4e-8c1b-4d35-9a57-1b1f6b0f2c11",
    instrumentId: "peg",
    instrumentVersion: "1",
    authoredAt: "2026-03-29T00:30:00.000Z",
    anchorDate: null,
    answers: body.answers,
    result: {
      score: 5.3,
      displayScore: "5.3",
      minimum: 0,
      maximum: 10,
      form: null,
      interpretation: {
        band: "score",
        label: "Your PEG score",
        message: "",
        isPositiveScreen: null,
        suggestsTalkingToProvider: false,
      },
    },
  };

  it("answers with the winner's response", async () => {
    await expect(service(racingRepository(winner)).submit("user", body)).resolves.toEqual(winner);
  });

  it("refuses when the winner saved different answers under that key", async () => {
    const other = { ...winner, answers: { pain: 9, enjoyment: 9, activity: 9 } };
    await expect(service(racingRepository(other)).submit("user", body)).rejects.toMatchObject({
      code: "validation_failed",
    });
  });
});
