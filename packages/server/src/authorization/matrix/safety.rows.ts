import type { safetyEndpoints, SafetySheet, SaveSafetyIntakeRequest } from "@painplan/core";
import { expect } from "vitest";
import type { SignedInClient } from "../../testing/accounts.js";
import { ownerOnly, type Row } from "./matrix-row.js";

const halfDoneIntake: SaveSafetyIntakeRequest = {
  status: "in-progress",
  answers: { bloodThinners: "no" },
  preferences: {},
};

const ownerParams = ({ owner }: { owner: SignedInClient }) => ({
  params: { userId: owner.user.id },
});

/** Rows for the safety area: the person's own health records, so owner only (others 404). */
export const safetyRows = {
  getSafetyIntake: { call: ownerParams, expected: ownerOnly(200) },
  saveSafetyIntake: {
    call: ({ owner }) => ({ params: { userId: owner.user.id }, body: halfDoneIntake }),
    expected: ownerOnly(200),
  },
  listSafetyIntakeVersions: { call: ownerParams, expected: ownerOnly(200) },
  getSafetyIntakeVersion: {
    // The owner saves version 1 first, so 404 for others cannot mean "no such version".
    call: async ({ owner }) => {
      const url = `/api/users/${owner.user.id}/safety-intake`;
      const saved = await owner.client.request("PUT", url, halfDoneIntake);
      if (saved.statusCode !== 200) throw new Error(`save failed: ${saved.body}`);
      return { params: { userId: owner.user.id, version: "1" } };
    },
    expected: ownerOnly(200),
  },
  getSafetyAssessment: { call: ownerParams, expected: ownerOnly(200) },
  runPreSessionCheck: {
    call: ({ owner }) => ({
      params: { userId: owner.user.id },
      body: {
        therapyId: "body-scan",
        answers: {
          hasFever: "no",
          hasNewWound: "no",
          bloodThinnersChanged: "no",
          newRedFlagIds: [],
        },
      },
    }),
    expected: ownerOnly(201),
  },
  getSafetySheet: {
    call: ownerParams,
    expected: ownerOnly(200),
    checkBody: (response, { owner }) => {
      expect(response.json<SafetySheet>().personName).toBe(owner.user.displayName);
    },
  },
  getSafetySheetPdf: { call: ownerParams, expected: ownerOnly(200) },
} satisfies Record<keyof typeof safetyEndpoints, Row>;
