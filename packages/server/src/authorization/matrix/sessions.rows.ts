import type {
  DueFollowUps,
  SessionDefaults,
  SessionPage,
  sessionsEndpoints,
  TherapySession,
} from "@painplan/core";
import { expect } from "vitest";
import { planWithItem } from "../../plan/testing/plans.js";
import { aSessionLog, logSession } from "../../sessions/testing/sessions.js";
import { ownerOnly, type Cell, type Row } from "./matrix-row.js";

const ownerParams = ({ owner }: Cell) => ({ params: { userId: owner.user.id } });

/** A session of the owner's; its ids in the path. */
async function sessionParams(cell: Cell) {
  const session = await logSession(cell.owner);
  return { params: { userId: cell.owner.user.id, sessionId: session.id } };
}

/** A session logged just before the test clock (00:30 UTC): on the owner's day in their zone. */
const todaysSession = () =>
  aSessionLog({ startedAt: "2026-03-29T00:00:00.000Z", durationMinutes: 15 }, 0);

function isOwnersDay(session: TherapySession, ownerToday: string) {
  expect(session.localDate).toBe(ownerToday);
}

/**
 * Rows for the sessions area (issue 12): the owner, and a care-team member with the sessions
 * scope (list, read, log, export; changing or deleting a session and answering follow-ups stay
 * the owner's); everyone else 404. Dates are the owner's day.
 */
export const sessionsRows = {
  listSessions: {
    call: async (cell) => {
      await logSession(cell.owner, todaysSession());
      return ownerParams(cell);
    },
    expected: ownerOnly(200),
    checkBody: (response, { ownerToday }) => {
      const [first] = response.json<SessionPage>().items;
      expect(first).toBeDefined();
      if (first !== undefined) isOwnersDay(first, ownerToday);
    },
  },
  logSession: {
    // 00:00–00:20 UTC on 29 March: 13:00 in Auckland, the owner's 29th (the reader's is the 28th).
    call: (cell) => ({
      ...ownerParams(cell),
      body: aSessionLog({ startedAt: "2026-03-29T00:00:00.000Z", durationMinutes: 20 }),
    }),
    expected: ownerOnly(201),
    // A care-team member with the sessions scope logs on the owner's record, marked as theirs.
    checkBody: (response, { reader, ownerToday }) => {
      const session = response.json<TherapySession>();
      expect(session.enteredBy).toBe(reader.user.id);
      expect(session.localDate).toBe(ownerToday);
    },
  },
  getSessionDefaults: {
    call: async (cell) => {
      const { item } = await planWithItem(cell.owner);
      return { ...ownerParams(cell), query: `?itemId=${item.id}&originalStart=2026-03-30T10:00` };
    },
    expected: ownerOnly(200),
    checkBody: (response) => {
      expect(response.json<SessionDefaults>().occurrenceStart).toBe("2026-03-30T10:00");
    },
  },
  listDueFollowUps: {
    // Ended 00:20 UTC on 27 March, the 24 h one answered: the 48 h one is due (nothing on the
    // reader's day, 28 March in Los Angeles, appears in the answer).
    call: async (cell) => {
      const session = await logSession(
        cell.owner,
        aSessionLog({ startedAt: "2026-03-26T23:20:00.000Z", durationMinutes: 60 }, 0),
      );
      const answered = await cell.owner.client.request(
        "PUT",
        `/api/users/${cell.owner.user.id}/sessions/${session.id}/follow-ups/24h`,
        { painNow: 4, comparedWithBefore: "better" },
      );
      expect(answered.statusCode).toBe(200);
      return ownerParams(cell);
    },
    expected: ownerOnly(200),
    checkBody: (response) => {
      expect(response.json<DueFollowUps>().followUps.map((f) => f.dueAfter)).toEqual(["48h"]);
    },
  },
  exportSessionsCsv: { call: ownerParams, expected: ownerOnly(200) },
  exportSessionsJson: { call: ownerParams, expected: ownerOnly(200) },
  getSession: {
    call: async (cell) => {
      const session = await logSession(cell.owner, todaysSession());
      return { params: { userId: cell.owner.user.id, sessionId: session.id } };
    },
    expected: ownerOnly(200),
    checkBody: (response, { ownerToday }) => {
      isOwnersDay(response.json<TherapySession>(), ownerToday);
    },
  },
  updateSession: {
    // With a new price, techniques and pain by area: still the owner's alone (their bodies are
    // checked per role in sessions/session-edit.int.test.ts; a granted reader gets 404 here).
    call: async (cell) => ({
      ...(await sessionParams(cell)),
      body: {
        painAfter: 2,
        techniques: ["petrissage"],
        regionPain: [{ regionId: "left-sole", before: 5, after: 2 }],
        charge: { price: { amountMinor: 7_000, currency: "EUR" }, paidBy: "self" },
      },
    }),
    expected: ownerOnly(200),
  },
  deleteSession: { call: sessionParams, expected: ownerOnly(204) },
  answerFollowUp: {
    call: async (cell) => {
      const { params } = await sessionParams(cell);
      return {
        params: { ...params, dueAfter: "24h" },
        body: { painNow: 4, comparedWithBefore: "better" },
      };
    },
    expected: ownerOnly(200),
  },
} satisfies Record<keyof typeof sessionsEndpoints, Row>;
