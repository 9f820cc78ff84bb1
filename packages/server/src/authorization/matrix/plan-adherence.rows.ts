import type { PlanAdherence } from "@painplan/core";
import { expect } from "vitest";
import { dailyAtTen, planWithItem } from "../../plan/testing/plans.js";
import { ownerOnly, type Cell, type Row } from "./matrix-row.js";

/**
 * The owner's plan with one item daily at 14:00 from 20 March: on the test clock (29 March
 * 00:30 UTC) the 27 March session is over in every zone and was not held, so it is missed.
 */
async function ownerMissedSession({ owner }: Cell) {
  const { plan, item } = await planWithItem(owner, {
    schedule: { ...dailyAtTen, startDate: "2026-03-20", timeOfDay: "14:00" },
  });
  return {
    params: {
      userId: owner.user.id,
      planId: plan.id,
      itemId: item.id,
      originalStart: "2026-03-27T14:00",
    },
  };
}

/** Rows for adherence and missed-session reasons (spread into the plan rows). */
export const planAdherenceRows = {
  getPlanAdherence: {
    call: async (cell) => {
      await ownerMissedSession(cell);
      return { params: { userId: cell.owner.user.id }, query: "?from=2026-03-23&to=2026-03-27" };
    },
    expected: ownerOnly(200),
    checkBody: (response, { owner }) => {
      const adherence = response.json<PlanAdherence>();
      expect(adherence.timeZone).toBe(owner.user.timeZone);
      expect(adherence.missed.map((missed) => missed.key)).toContain("2026-03-27T14:00");
    },
  },
  setMissedReason: {
    call: async (cell) => ({ ...(await ownerMissedSession(cell)), body: { reason: "flare" } }),
    expected: ownerOnly(200),
  },
  clearMissedReason: {
    call: async (cell) => {
      const { params } = await ownerMissedSession(cell);
      const url = `/api/users/${params.userId}/plans/${params.planId}/items/${params.itemId}/missed/${params.originalStart}`;
      const set = await cell.owner.client.request("PUT", url, { reason: "cost" });
      if (set.statusCode !== 200) throw new Error(`reason failed: ${set.body}`);
      return { params };
    },
    expected: ownerOnly(204),
  },
} satisfies Record<string, Row>;
