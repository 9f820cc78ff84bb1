import { endpoints, endpointUrl, type SpendSummary } from "@painplan/core";
import { randomUUID } from "node:crypto";
import type { BenchPatient } from "./painplan-user.js";
import type { Scenario } from "./scenarios.js";

const dayMs = 86_400_000;
/** Five years of two sessions a week. */
const years = 5;
export const fiveYearSessions = years * 52 * 2;

async function post(baseUrl: string, path: string, patient: BenchPatient, body: unknown) {
  const response = await fetch(new URL(path, baseUrl), {
    method: "POST",
    headers: {
      cookie: patient.cookie,
      "x-csrf-token": patient.csrfToken,
      "content-type": "application/json",
    },
    body: JSON.stringify(body),
  });
  if (response.status >= 300) {
    throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as { id: string };
}

/** Session `index` of the history: massage, acupuncture or yoga; mostly USD, some EUR. */
function aSession(index: number, now: number) {
  const startedAt = new Date(now - (fiveYearSessions - index) * 3.5 * dayMs).toISOString();
  const kind = index % 3;
  const currency = index % 10 === 9 ? "EUR" : "USD";
  return {
    idempotencyKey: randomUUID(),
    startedAt,
    durationMinutes: 60,
    therapyId: kind === 0 ? "swedish-massage" : kind === 1 ? "traditional-acupuncture" : null,
    customName: kind === 2 ? "Yoga class" : null,
    painBefore: 6,
    painAfter: 4,
    charge: {
      price: { amountMinor: 9_000 + (index % 7) * 125, currency },
      paidBy: index % 5 === 4 ? "hsa-fsa" : "self",
      receiptNote: null,
    },
  };
}

/**
 * The spend summary over five years of sessions (issue 12): 520 sessions with charges in two
 * currencies, logged through the session log, and one paid claim each quarter covering the
 * quarter's massages; then `GET …/costs/spend` for the whole five years (61 months).
 */
export const spendFiveYears: Scenario = {
  name: "spend summary 5 years",
  request: `GET ${endpoints.getSpendSummary.path}?from=…&to=…`,
  async prepare(baseUrl, patient) {
    const now = Date.now();
    const sessionsPath = endpointUrl(endpoints.logSession.path, { userId: patient.userId });
    const ids: string[] = [];
    for (let start = 0; start < fiveYearSessions; start += 8) {
      const batch = Array.from({ length: Math.min(8, fiveYearSessions - start) }, (_, offset) =>
        post(baseUrl, sessionsPath, patient, aSession(start + offset, now)),
      );
      ids.push(...(await Promise.all(batch)).map((session) => session.id));
    }
    const claimsPath = endpointUrl(endpoints.createInsuranceClaim.path, { userId: patient.userId });
    for (let quarter = 0; quarter < years * 4; quarter += 1) {
      const covered = ids
        .slice(quarter * 26, quarter * 26 + 26)
        .filter(
          (_, index) => (quarter * 26 + index) % 3 === 0 && (quarter * 26 + index) % 10 !== 9,
        );
      const decided = new Date(now - (years * 4 - quarter) * 91 * dayMs + 30 * dayMs);
      await post(baseUrl, claimsPath, patient, {
        idempotencyKey: randomUUID(),
        insurer: "Bench Health",
        status: "paid",
        amountClaimed: { amountMinor: covered.length * 9_000, currency: "USD" },
        amountReimbursedMinor: covered.length * 4_500,
        submittedOn: decided.toISOString().slice(0, 10),
        decidedOn: decided.toISOString().slice(0, 10),
        sessionIds: covered,
      });
    }
    const to = new Date(now).toISOString().slice(0, 7);
    const from = new Date(now - years * 366 * dayMs).toISOString().slice(0, 7);
    const url = new URL(
      endpointUrl(endpoints.getSpendSummary.path, { userId: patient.userId }),
      baseUrl,
    );
    url.search = new URLSearchParams({ from, to }).toString();
    const check = await fetch(url, { headers: { cookie: patient.cookie } });
    const summary = (await check.json()) as SpendSummary;
    const sessions = summary.currencies.reduce((total, block) => total + block.sessions, 0);
    if (check.status !== 200 || sessions !== fiveYearSessions) {
      throw new Error(
        `The spend summary answered ${check.status} with ${String(sessions)} sessions.`,
      );
    }
    return { url: url.toString(), headers: { cookie: patient.cookie } };
  },
};
