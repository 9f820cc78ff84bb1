import type { Answers, InstrumentId, SubmitQuestionnaireResponseRequest } from "@painplan/core";
import { randomUUID } from "node:crypto";

/** Valid answers for each free instrument (PEG 5, 5, 6 -> 5.3). */
const sampleAnswers: Partial<Record<InstrumentId, Answers>> = {
  peg: { pain: 5, enjoyment: 5, activity: 6 },
  pgic: { change: 3 },
  "phq-2": { interest: 1, mood: 1 },
  "phq-9": {
    interest: 1,
    mood: 1,
    sleep: 2,
    energy: 2,
    appetite: 0,
    "self-worth": 1,
    concentration: 1,
    "moving-or-restless": 0,
    "self-harm": 0,
  },
  "gad-2": { nervous: 2, worry: 1 },
};

/** Builder for submissions: `aQuestionnaireResponse().forInstrument("phq-2").build()`. */
export function aQuestionnaireResponse(
  value: SubmitQuestionnaireResponseRequest = {
    instrumentId: "peg",
    answers: { ...sampleAnswers.peg },
    idempotencyKey: randomUUID(),
  },
) {
  return {
    forInstrument: (instrumentId: InstrumentId) =>
      aQuestionnaireResponse({
        ...value,
        instrumentId,
        answers: { ...sampleAnswers[instrumentId] },
      }),
    withAnswers: (answers: Answers) => aQuestionnaireResponse({ ...value, answers }),
    withAnswer: (linkId: string, answer: number) =>
      aQuestionnaireResponse({ ...value, answers: { ...value.answers, [linkId]: answer } }),
    withoutAnswer: (linkId: string) =>
      aQuestionnaireResponse({
        ...value,
        answers: Object.fromEntries(
          Object.entries(value.answers).filter(([key]) => key !== linkId),
        ),
      }),
    withIdempotencyKey: (idempotencyKey: string) =>
      aQuestionnaireResponse({ ...value, idempotencyKey }),
    build: (): SubmitQuestionnaireResponseRequest => ({ ...value, answers: { ...value.answers } }),
  };
}

export const questionnairesUrl = (userId: string) => `/api/users/${userId}/questionnaires`;
