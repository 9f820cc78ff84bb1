import type { QuestionnaireOverview, questionnairesEndpoints } from "@painplan/core";
import { expect } from "vitest";
import type { SignedInClient } from "../../testing/accounts.js";
import {
  aQuestionnaireResponse,
  questionnairesUrl,
} from "../../testing/questionnaire-responses.js";
import { ownerOnly, type Row } from "./matrix-row.js";

const ownerParams = ({ owner }: { owner: SignedInClient }) => ({
  params: { userId: owner.user.id },
});

/** Rows for the questionnaires: the person's own health records, so owner only (others 404). */
export const questionnairesRows = {
  listQuestionnaires: {
    call: ownerParams,
    expected: ownerOnly(200),
    // "Today" is the owner's day, whoever asks.
    checkBody: (response, { ownerToday }) => {
      expect(response.json<QuestionnaireOverview>().today).toBe(ownerToday);
    },
  },
  getInstrumentDefinition: {
    call: ({ owner }) => ({ params: { userId: owner.user.id, instrumentId: "peg" } }),
    expected: ownerOnly(200),
  },
  submitQuestionnaireResponse: {
    call: ({ owner }) => ({
      params: { userId: owner.user.id },
      body: aQuestionnaireResponse().build(),
    }),
    expected: ownerOnly(201),
  },
  listQuestionnaireResponses: {
    call: ({ owner }) => ({ params: { userId: owner.user.id }, query: "?limit=5" }),
    expected: ownerOnly(200),
  },
  getQuestionnaireResponse: {
    // The owner answers first, so 404 for others cannot mean "no such response".
    call: async ({ owner }) => {
      const url = `${questionnairesUrl(owner.user.id)}/responses`;
      const saved = await owner.client.post(url, aQuestionnaireResponse().build());
      if (saved.statusCode !== 201) throw new Error(`submit failed: ${saved.body}`);
      const { id } = saved.json<{ id: string }>();
      return { params: { userId: owner.user.id, responseId: id } };
    },
    expected: ownerOnly(200),
  },
  skipQuestionnaire: {
    // A new person's PEG is due today, so the owner may skip it.
    call: ({ owner }) => ({ params: { userId: owner.user.id }, body: { instrumentId: "peg" } }),
    expected: ownerOnly(201),
  },
  getQuestionnaireSettings: { call: ownerParams, expected: ownerOnly(200) },
  updateQuestionnaireSettings: {
    call: ({ owner }) => ({ params: { userId: owner.user.id }, body: { intervals: { peg: 14 } } }),
    expected: ownerOnly(200),
  },
} satisfies Record<keyof typeof questionnairesEndpoints, Row>;
