import { userIdParamsSchema } from "../api/path-params.schema.js";
import type { Endpoint } from "../api/endpoint.js";
import {
  createGoalRequestSchema,
  goalRecordSchema,
  goalsResponseSchema,
  updateGoalRequestSchema,
} from "./goal-record.schema.js";
import {
  goalCheckParamsSchema,
  goalCheckRequestSchema,
  goalCheckResponseSchema,
  goalChecksResponseSchema,
} from "./goal-check.schema.js";
import { goalParamsSchema } from "./plan-api.schema.js";
import { planBase, planRecord } from "./plan-contract-base.js";

/**
 * The plan's goals and their check-offs (part of `planEndpoints`): the person's own health
 * records, read by a practitioner with the plan scope; anyone else gets 404.
 */
export const planGoalEndpoints = {
  listGoals: {
    ...planBase,
    method: "GET",
    path: "/api/users/:userId/plan/goals",
    record: planRecord("plan-goals", { action: "list" }),
    summary: "The person's goals with their progress (status, IMMPACT band, points, percent).",
    successStatus: 200,
    params: userIdParamsSchema,
    response: goalsResponseSchema,
  },
  createGoal: {
    ...planBase,
    method: "POST",
    path: "/api/users/:userId/plan/goals",
    record: planRecord("plan-goal"),
    summary:
      "Set a goal (tied to the active plan when there is one). A retry with the same idempotencyKey returns the goal already set.",
    successStatus: 201,
    params: userIdParamsSchema,
    body: createGoalRequestSchema,
    response: goalRecordSchema,
  },
  getGoal: {
    ...planBase,
    method: "GET",
    path: "/api/users/:userId/plan/goals/:goalId",
    record: planRecord("plan-goal", { resourceIdParam: "goalId" }),
    summary: "One goal with its progress.",
    successStatus: 200,
    params: goalParamsSchema,
    response: goalRecordSchema,
  },
  updateGoal: {
    ...planBase,
    method: "PUT",
    path: "/api/users/:userId/plan/goals/:goalId",
    record: planRecord("plan-goal", { resourceIdParam: "goalId" }),
    summary: "Replace a goal.",
    successStatus: 200,
    params: goalParamsSchema,
    body: updateGoalRequestSchema,
    response: goalRecordSchema,
  },
  deleteGoal: {
    ...planBase,
    method: "DELETE",
    path: "/api/users/:userId/plan/goals/:goalId",
    record: planRecord("plan-goal", { resourceIdParam: "goalId" }),
    summary: "Remove a goal.",
    successStatus: 204,
    params: goalParamsSchema,
  },
  listGoalChecks: {
    ...planBase,
    method: "GET",
    path: "/api/users/:userId/plan/goals/:goalId/checks",
    record: planRecord("plan-goal-checks", { action: "list" }),
    summary: "A function goal's check-offs (the amount done per local day), newest day first.",
    successStatus: 200,
    params: goalParamsSchema,
    response: goalChecksResponseSchema,
  },
  recordGoalCheckToday: {
    ...planBase,
    method: "POST",
    path: "/api/users/:userId/plan/goals/:goalId/checks",
    record: planRecord("plan-goal-check", { resourceIdParam: "goalId" }),
    summary:
      "Check off a function goal for today in the owner's zone with the amount done (\"I did it\"); replaces today's amount when there is one.",
    successStatus: 200,
    params: goalParamsSchema,
    body: goalCheckRequestSchema,
    response: goalCheckResponseSchema,
  },
  putGoalCheck: {
    ...planBase,
    method: "PUT",
    path: "/api/users/:userId/plan/goals/:goalId/checks/:localDate",
    record: planRecord("plan-goal-check", { resourceIdParam: "goalId" }),
    summary:
      "Set the amount done on one local day (today or earlier, from the goal's start); replaces that day's amount.",
    successStatus: 200,
    params: goalCheckParamsSchema,
    body: goalCheckRequestSchema,
    response: goalCheckResponseSchema,
  },
  deleteGoalCheck: {
    ...planBase,
    method: "DELETE",
    path: "/api/users/:userId/plan/goals/:goalId/checks/:localDate",
    record: planRecord("plan-goal-check", { resourceIdParam: "goalId" }),
    summary: "Remove one local day's check-off (404 when that day has none).",
    successStatus: 204,
    params: goalCheckParamsSchema,
  },
} as const satisfies Record<string, Endpoint>;
