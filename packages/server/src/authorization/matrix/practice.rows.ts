import type {
  Consistency,
  PracticeLogEntry,
  PracticeSuggestion,
  practiceEndpoints,
} from "@painplan/core";
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { testStart } from "../../testing/test-app.js";
import { ownerOnly, type Cell, type Row } from "./matrix-row.js";

const ownerParams = ({ owner }: Cell) => ({ params: { userId: owner.user.id } });

/** A three-minute breathing practice that ended a minute before the test clock's start. */
function aLogBody() {
  const endedAt = new Date(testStart.getTime() - 60_000);
  const startedAt = new Date(endedAt.getTime() - 180_000);
  return {
    idempotencyKey: randomUUID(),
    kind: "paced-breathing",
    practiceId: "paced-breathing",
    secondsDone: 180,
    startedAt: startedAt.toISOString(),
    endedAt: endedAt.toISOString(),
    painBefore: 5,
    painAfter: 4,
    effort: "easy",
  };
}

/** Rows for the practice area (issue 15): health records, so the owner alone; everyone else 404. */
export const practiceRows = {
  getPracticeSuggestion: {
    call: ownerParams,
    expected: ownerOnly(200),
    checkBody: (response, { ownerToday }) => {
      expect(response.json<PracticeSuggestion>().date).toBe(ownerToday);
    },
  },
  getBodyScan: {
    call: (cell) => ({ ...ownerParams(cell), query: "?minutes=3" }),
    expected: ownerOnly(200),
  },
  getYogaRoutine: {
    call: (cell) => ({ ...ownerParams(cell), query: "?minutes=5" }),
    expected: ownerOnly(200),
  },
  logPractice: {
    call: (cell) => ({ ...ownerParams(cell), body: aLogBody() }),
    expected: ownerOnly(201),
  },
  listPracticeLog: {
    call: async (cell) => {
      await cell.owner.client.request(
        "POST",
        `/api/users/${cell.owner.user.id}/practice/log`,
        aLogBody(),
      );
      return ownerParams(cell);
    },
    expected: ownerOnly(200),
    checkBody: (response, { ownerToday }) => {
      const [first] = response.json<{ items: PracticeLogEntry[] }>().items;
      expect(first?.localDate).toBe(ownerToday);
    },
  },
  getPracticeConsistency: {
    call: ownerParams,
    expected: ownerOnly(200),
    checkBody: (response, { ownerToday }) => {
      expect(response.json<Consistency>().to).toBe(ownerToday);
    },
  },
  getWeeklyPracticeTarget: { call: ownerParams, expected: ownerOnly(200) },
  setWeeklyPracticeTarget: {
    call: (cell) => ({ ...ownerParams(cell), body: { minutesPerWeek: 30, daysPerWeek: 4 } }),
    expected: ownerOnly(200),
  },
} satisfies Record<keyof typeof practiceEndpoints, Row>;
