import { userIdParamsSchema } from "../api/path-params.schema.js";
import { healthRecord, type Endpoint } from "../api/endpoint.js";
import {
  bodyScanQuerySchema,
  consistencyQuerySchema,
  consistencySchema,
  logPracticeRequestSchema,
  practiceLogEntrySchema,
  practiceLogListSchema,
  practiceLogQuerySchema,
  practiceSchema,
  practiceSuggestionSchema,
  routineQuerySchema,
  routineSchema,
  weeklyTargetRequestSchema,
  weeklyTargetSchema,
} from "./practice.schema.js";

const practiceBase = { tag: "practice", access: "signed-in" } as const;

/**
 * The practice area's HTTP operations (issue 15), spread into `endpoints` in api-contract.ts:
 * one person's guided practices, yoga routines, practice log and weekly target. Only that person
 * may read or change them; anyone else gets 404.
 */
export const practiceEndpoints = {
  getPracticeSuggestion: {
    ...practiceBase,
    method: "GET",
    path: "/api/users/:userId/practice/today",
    record: healthRecord("practice-suggestion"),
    summary:
      "Today's suggested practice and length (the owner's local day): grows slowly after easy sessions, shrinks on a flare day.",
    successStatus: 200,
    params: userIdParamsSchema,
    response: practiceSuggestionSchema,
  },
  getBodyScan: {
    ...practiceBase,
    method: "GET",
    path: "/api/users/:userId/practice/body-scan",
    record: healthRecord("body-scan"),
    summary:
      "A body scan built from the owner's pain profile: painful areas come last with gentle words, or are skipped.",
    successStatus: 200,
    params: userIdParamsSchema,
    query: bodyScanQuerySchema,
    response: practiceSchema,
  },
  getYogaRoutine: {
    ...practiceBase,
    method: "GET",
    path: "/api/users/:userId/practice/routine",
    record: healthRecord("yoga-routine"),
    summary:
      "A 5, 10 or 15-minute yoga routine assembled from the owner's safety intake; says why when it is shorter.",
    successStatus: 200,
    params: userIdParamsSchema,
    query: routineQuerySchema,
    response: routineSchema,
  },
  logPractice: {
    ...practiceBase,
    method: "POST",
    path: "/api/users/:userId/practice/log",
    record: healthRecord("practice-log-entry"),
    summary:
      "Record a practice: kind, length done, pain before and after (optional), how it felt. A retry with the same idempotencyKey returns the saved entry.",
    successStatus: 201,
    params: userIdParamsSchema,
    body: logPracticeRequestSchema,
    response: practiceLogEntrySchema,
  },
  listPracticeLog: {
    ...practiceBase,
    method: "GET",
    path: "/api/users/:userId/practice/log",
    record: healthRecord("practice-log-entry", { action: "list" }),
    summary: "Recent practice, newest first.",
    successStatus: 200,
    params: userIdParamsSchema,
    query: practiceLogQuerySchema,
    response: practiceLogListSchema,
  },
  getPracticeConsistency: {
    ...practiceBase,
    method: "GET",
    path: "/api/users/:userId/practice/consistency",
    record: healthRecord("practice-consistency"),
    summary:
      "How regularly the owner practised over the last days, flare and pause days excused; minutes this week against the weekly target.",
    successStatus: 200,
    params: userIdParamsSchema,
    query: consistencyQuerySchema,
    response: consistencySchema,
  },
  getWeeklyPracticeTarget: {
    ...practiceBase,
    method: "GET",
    path: "/api/users/:userId/practice/weekly-target",
    record: healthRecord("practice-weekly-target"),
    summary: "The owner's weekly practice target (a small starting target until one is set).",
    successStatus: 200,
    params: userIdParamsSchema,
    response: weeklyTargetSchema,
  },
  setWeeklyPracticeTarget: {
    ...practiceBase,
    method: "PUT",
    path: "/api/users/:userId/practice/weekly-target",
    record: healthRecord("practice-weekly-target"),
    summary: "Set the weekly practice target: minutes a week and on how many days.",
    successStatus: 200,
    params: userIdParamsSchema,
    body: weeklyTargetRequestSchema,
    response: weeklyTargetSchema,
  },
} as const satisfies Record<string, Endpoint>;
