import { randomUUID } from "node:crypto";
import { endpoints, endpointUrl, type LogSessionRequest } from "@painplan/core";
import type { Scenario } from "./scenarios.js";

/**
 * Log a session (issue 12): `POST /api/users/:userId/sessions` with a new idempotency key every
 * request, a 60-minute Swedish massage with pain before and after, techniques, areas, side
 * effects and a charge. Each request is one durable transaction: the session, its two
 * follow-ups, their two durable jobs and the charge (costs area). Read against the raw
 * one-commit-per-request SQLite insert, as the quick log is.
 */
export const logASession: Scenario = {
  name: "log a session",
  request: `POST ${endpoints.logSession.path}`,
  reference: "Fastify + raw SQLite insert (reference)",
  prepare(baseUrl, patient) {
    const path = endpointUrl(endpoints.logSession.path, { userId: patient.userId });
    const startedAt = new Date(Date.now() - 2 * 60 * 60_000).toISOString();
    let count = 0;
    return Promise.resolve({
      url: new URL(path, baseUrl).toString(),
      method: "POST",
      headers: {
        cookie: patient.cookie,
        "x-csrf-token": patient.csrfToken,
        "content-type": "application/json",
      },
      nextBody: () => {
        count += 1;
        const body: LogSessionRequest = {
          idempotencyKey: randomUUID(),
          startedAt,
          durationMinutes: 60,
          therapyId: "swedish-massage",
          practitioner: "Ann Lee",
          techniques: ["effleurage", "petrissage"],
          pressure: "light",
          areas: ["left-sole", "right-sole"],
          painBefore: count % 11,
          painAfter: (count + 3) % 11,
          howItFelt: "Calm afterwards.",
          sideEffects: ["soreness"],
          charge: { price: { amountMinor: 9000, currency: "USD" }, paidBy: "self" },
        };
        return JSON.stringify(body);
      },
    });
  },
};
