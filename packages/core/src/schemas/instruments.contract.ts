import { userIdParamsSchema } from "./audit.schema.js";
import type { Endpoint } from "./endpoint.js";
import {
  instrumentDefinitionSchema,
  instrumentParamsSchema,
  questionnaireOverviewSchema,
} from "./instruments.schema.js";
import {
  questionnaireResponseListQuerySchema,
  questionnaireResponsePageSchema,
  questionnaireResponseParamsSchema,
  questionnaireResponseSchema,
  submitQuestionnaireResponseRequestSchema,
} from "./questionnaire-response.schema.js";
import {
  questionnaireSettingsSchema,
  questionnaireSkipSchema,
  skipQuestionnaireRequestSchema,
  updateQuestionnaireSettingsRequestSchema,
} from "./questionnaire-settings.schema.js";

const base = "/api/users/:userId/questionnaires";

/** The instruments area's HTTP operations (spread into `endpoints` in api-contract.ts). */
export const instrumentsEndpoints = {
  listQuestionnaires: {
    method: "GET",
    path: base,
    summary: "Every questionnaire with its status (available / not installed) and what is due.",
    tag: "questionnaires",
    access: "signed-in",
    successStatus: 200,
    params: userIdParamsSchema,
    response: questionnaireOverviewSchema,
  },
  getInstrumentDefinition: {
    method: "GET",
    path: `${base}/instruments/:instrumentId`,
    summary: "One questionnaire's questions, options and scoring (404 instrument_not_installed).",
    tag: "questionnaires",
    access: "signed-in",
    successStatus: 200,
    params: instrumentParamsSchema,
    response: instrumentDefinitionSchema,
  },
  submitQuestionnaireResponse: {
    method: "POST",
    path: `${base}/responses`,
    summary: "Save a completed questionnaire; answers every item; returns its score.",
    tag: "questionnaires",
    access: "signed-in",
    successStatus: 201,
    params: userIdParamsSchema,
    body: submitQuestionnaireResponseRequestSchema,
    response: questionnaireResponseSchema,
  },
  listQuestionnaireResponses: {
    method: "GET",
    path: `${base}/responses`,
    summary: "Completed questionnaires, newest first (optionally one instrument).",
    tag: "questionnaires",
    access: "signed-in",
    successStatus: 200,
    params: userIdParamsSchema,
    query: questionnaireResponseListQuerySchema,
    response: questionnaireResponsePageSchema,
  },
  getQuestionnaireResponse: {
    method: "GET",
    path: `${base}/responses/:responseId`,
    summary: "One completed questionnaire with its answers and score.",
    tag: "questionnaires",
    access: "signed-in",
    successStatus: 200,
    params: questionnaireResponseParamsSchema,
    response: questionnaireResponseSchema,
  },
  skipQuestionnaire: {
    method: "POST",
    path: `${base}/skips`,
    summary: "Skip a due questionnaire until its next interval.",
    tag: "questionnaires",
    access: "signed-in",
    successStatus: 201,
    params: userIdParamsSchema,
    body: skipQuestionnaireRequestSchema,
    response: questionnaireSkipSchema,
  },
  getQuestionnaireSettings: {
    method: "GET",
    path: `${base}/settings`,
    summary: "How often each questionnaire is due, and the PGIC start date.",
    tag: "questionnaires",
    access: "signed-in",
    successStatus: 200,
    params: userIdParamsSchema,
    response: questionnaireSettingsSchema,
  },
  updateQuestionnaireSettings: {
    method: "PATCH",
    path: `${base}/settings`,
    summary: "Change intervals (null = off) or the PGIC start date.",
    tag: "questionnaires",
    access: "signed-in",
    successStatus: 200,
    params: userIdParamsSchema,
    body: updateQuestionnaireSettingsRequestSchema,
    response: questionnaireSettingsSchema,
  },
} as const satisfies Record<string, Endpoint>;
