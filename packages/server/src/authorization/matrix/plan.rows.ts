import type { GoalCheck, GoalRecord, PlanCalendar, PlanToday, planEndpoints } from "@painplan/core";
import { expect } from "vitest";
import {
  createFunctionGoal,
  aGoalBody,
  aPlanBody,
  createGoal,
  createPlan,
  dailyAtTen,
  planWithItem,
} from "../../plan/testing/plans.js";
import { ownerOnly, type Cell, type Row } from "./matrix-row.js";
import { planAdherenceRows } from "./plan-adherence.rows.js";

const ownerParams = ({ owner }: Cell) => ({ params: { userId: owner.user.id } });

/** The owner's plan, made first, so only the caller decides the answer. */
async function ownerPlan({ owner }: Cell) {
  const plan = await createPlan(owner);
  return { plan, params: { userId: owner.user.id, planId: plan.id } };
}

/**
 * The owner's plan with one item, daily at 14:00 from 29 March: in Auckland (UTC+13) every
 * occurrence's UTC instant then falls on its own local day, so no answer carries the reader's
 * date (28 March) by accident.
 */
async function ownerItem({ owner }: Cell) {
  const { plan, item } = await planWithItem(owner, {
    schedule: { ...dailyAtTen, startDate: "2026-03-29", timeOfDay: "14:00" },
  });
  return { plan, item, params: { userId: owner.user.id, planId: plan.id, itemId: item.id } };
}

async function ownerGoal({ owner }: Cell) {
  const goal = await createGoal(owner);
  return { params: { userId: owner.user.id, goalId: goal.id } };
}

async function ownerFunctionGoal({ owner }: Cell) {
  const goal = await createFunctionGoal(owner);
  return { params: { userId: owner.user.id, goalId: goal.id } };
}

/** The owner's function goal checked off "today" (the owner's day, by the server). */
async function ownerCheckedGoal(cell: Cell) {
  const { params } = await ownerFunctionGoal(cell);
  const url = `/api/users/${params.userId}/plan/goals/${params.goalId}/checks`;
  const recorded = await cell.owner.client.post(url, { value: 12 });
  if (recorded.statusCode !== 200) throw new Error(`check-off failed: ${recorded.body}`);
  const { check } = recorded.json<{ check: GoalCheck }>();
  return { params: { ...params, localDate: check.localDate } };
}

/** Rows for the plan area: the person's own health records, so owner only (others 404). */
export const planRows = {
  getActivePlan: {
    call: async (cell) => (await ownerPlan(cell), ownerParams(cell)),
    expected: ownerOnly(200),
  },
  listArchivedPlans: {
    call: async (cell) => {
      await createPlan(cell.owner);
      await createPlan(cell.owner);
      return ownerParams(cell);
    },
    expected: ownerOnly(200),
  },
  getPlan: { call: ownerPlan, expected: ownerOnly(200) },
  createPlan: {
    call: (cell) => ({
      ...ownerParams(cell),
      body: aPlanBody({ title: "Spring plan", startDate: "2026-04-01" }),
    }),
    expected: ownerOnly(201),
  },
  updatePlan: {
    call: async (cell) => {
      const { plan, params } = await ownerPlan(cell);
      return { params, body: { expectedVersion: plan.version, title: "Renamed" } };
    },
    expected: ownerOnly(200),
  },
  pausePlan: {
    call: async (cell) => {
      const { plan, params } = await ownerPlan(cell);
      return {
        params,
        body: {
          expectedVersion: plan.version,
          pause: { from: "2026-03-29", until: "2026-04-05", reason: "A flare" },
        },
      };
    },
    expected: ownerOnly(200),
  },
  resumePlan: {
    call: async (cell) => {
      const { plan, params } = await ownerPlan(cell);
      const paused = await cell.owner.client.post(
        `/api/users/${cell.owner.user.id}/plans/${plan.id}/pause`,
        {
          expectedVersion: plan.version,
          pause: { from: "2026-03-20", until: "2026-04-05", reason: "A flare" },
        },
      );
      if (paused.statusCode !== 200) throw new Error(`pause failed: ${paused.body}`);
      return { params, body: { expectedVersion: plan.version + 1 } };
    },
    expected: ownerOnly(200),
  },
  createPlanItem: {
    call: async (cell) => {
      const { plan, params } = await ownerPlan(cell);
      return {
        params,
        body: { expectedVersion: plan.version, therapyId: "body-scan", schedule: dailyAtTen },
      };
    },
    expected: ownerOnly(201),
  },
  updatePlanItem: {
    call: async (cell) => {
      const { plan, params } = await ownerItem(cell);
      return { params, body: { expectedVersion: plan.version, notes: "Quiet room" } };
    },
    expected: ownerOnly(200),
  },
  deletePlanItem: {
    call: async (cell) => {
      const { plan, params } = await ownerItem(cell);
      return { params, body: { expectedVersion: plan.version, reason: "Not helping" } };
    },
    expected: ownerOnly(200),
  },
  checkPlanItemSafety: {
    call: (cell) => ({ ...ownerParams(cell), body: { therapyId: "swedish-massage" } }),
    expected: ownerOnly(200),
  },
  listPlanVersions: { call: ownerPlan, expected: ownerOnly(200) },
  getPlanVersion: {
    call: async (cell) => {
      const { params } = await ownerPlan(cell);
      return { params: { ...params, version: "1" } };
    },
    expected: ownerOnly(200),
  },
  getPlanCalendar: {
    call: async (cell) => {
      await ownerItem(cell);
      return { ...ownerParams(cell), query: "?from=2026-03-29&to=2026-04-30" };
    },
    expected: ownerOnly(200),
    checkBody: (response, { owner }) => {
      expect(response.json<PlanCalendar>().timeZone).toBe(owner.user.timeZone);
    },
  },
  getPlanToday: {
    call: async (cell) => {
      await ownerItem(cell);
      return ownerParams(cell);
    },
    expected: ownerOnly(200),
    checkBody: (response, { owner, ownerToday }) => {
      const today = response.json<PlanToday>();
      expect(today.localDate).toBe(ownerToday);
      expect(today.timeZone).toBe(owner.user.timeZone);
      expect(today.occurrences.map((occurrence) => occurrence.localDate)).toEqual([ownerToday]);
    },
  },
  setOccurrenceException: {
    call: async (cell) => {
      const { params } = await ownerItem(cell);
      return { params, body: { originalStart: "2026-03-30T14:00", kind: "cancelled" } };
    },
    expected: ownerOnly(200),
  },
  clearOccurrenceException: {
    call: async (cell) => {
      const { params } = await ownerItem(cell);
      const url = `/api/users/${params.userId}/plans/${params.planId}/items/${params.itemId}/exceptions`;
      const set = await cell.owner.client.request("PUT", url, {
        originalStart: "2026-03-30T14:00",
        kind: "cancelled",
      });
      if (set.statusCode !== 200) throw new Error(`exception failed: ${set.body}`);
      return { params, body: { originalStart: "2026-03-30T14:00" } };
    },
    expected: ownerOnly(204),
  },
  addOccurrence: {
    call: async (cell) => {
      const { params } = await ownerItem(cell);
      return { params, body: { start: "2026-03-30T15:00", durationMinutes: 10 } };
    },
    expected: ownerOnly(201),
  },
  previewPlanConflicts: {
    call: async (cell) => {
      await ownerItem(cell);
      return { ...ownerParams(cell), body: { schedule: dailyAtTen } };
    },
    expected: ownerOnly(200),
  },
  listGoals: {
    call: async (cell) => (await ownerGoal(cell), ownerParams(cell)),
    expected: ownerOnly(200),
    checkBody: (response, { ownerToday }) => {
      const { goals } = response.json<{ goals: GoalRecord[] }>();
      expect(goals.map((goal) => goal.progress.evaluatedOn)).toEqual([ownerToday]);
    },
  },
  createGoal: {
    call: (cell) => ({
      ...ownerParams(cell),
      body: aGoalBody({
        goal: { kind: "peg", startDate: "2026-03-29", targetDate: "2026-06-29", targetScore: 4 },
      }),
    }),
    expected: ownerOnly(201),
  },
  getGoal: {
    call: ownerGoal,
    expected: ownerOnly(200),
    checkBody: (response, { ownerToday }) => {
      // Progress is measured on the owner's day, not the reader's.
      expect(response.json<GoalRecord>().progress.evaluatedOn).toBe(ownerToday);
    },
  },
  updateGoal: {
    call: async (cell) => ({
      ...(await ownerGoal(cell)),
      body: {
        goal: {
          kind: "sessions-attended",
          startDate: "2026-03-01",
          targetDate: "2026-06-01",
          sessions: 8,
        },
      },
    }),
    expected: ownerOnly(200),
  },
  deleteGoal: { call: ownerGoal, expected: ownerOnly(204) },
  listGoalChecks: {
    call: async (cell) => {
      const { params } = await ownerCheckedGoal(cell);
      return { params: { userId: params.userId, goalId: params.goalId } };
    },
    expected: ownerOnly(200),
    checkBody: (response, { ownerToday }) => {
      // The check-off is dated on the owner's day, not the reader's.
      const { checks } = response.json<{ checks: GoalCheck[] }>();
      expect(checks.map((check) => check.localDate)).toEqual([ownerToday]);
    },
  },
  recordGoalCheckToday: {
    call: async (cell) => ({ ...(await ownerFunctionGoal(cell)), body: { value: 20 } }),
    expected: ownerOnly(200),
  },
  putGoalCheck: {
    call: async (cell) => {
      const { params } = await ownerFunctionGoal(cell);
      return { params: { ...params, localDate: "2026-03-20" }, body: { value: 15 } };
    },
    expected: ownerOnly(200),
  },
  deleteGoalCheck: { call: ownerCheckedGoal, expected: ownerOnly(204) },
  ...planAdherenceRows,
} satisfies Record<keyof typeof planEndpoints, Row>;
