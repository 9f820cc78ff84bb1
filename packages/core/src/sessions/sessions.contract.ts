import { userIdParamsSchema } from "../api/path-params.schema.js";
import { healthRecord, type Endpoint } from "../api/endpoint.js";
import {
  dueFollowUpsSchema,
  followUpAnswerRequestSchema,
  followUpParamsSchema,
  followUpSchema,
  logSessionRequestSchema,
  sessionDefaultsQuerySchema,
  sessionDefaultsSchema,
  sessionExportQuerySchema,
  sessionListQuerySchema,
  sessionPageSchema,
  sessionParamsSchema,
  therapySessionSchema,
  updateSessionRequestSchema,
} from "./sessions.schema.js";

const sessionsBase = { tag: "sessions", access: "signed-in" } as const;

/**
 * The sessions area's HTTP operations (spread into `endpoints` in api-contract.ts): the log of
 * therapy sessions a person had, their follow-ups a day and two days later, and exports. Health
 * records: the owner (or, later, a practitioner they allowed to write) — anyone else 404.
 */
export const sessionsEndpoints = {
  listSessions: {
    ...sessionsBase,
    method: "GET",
    path: "/api/users/:userId/sessions",
    record: healthRecord("therapy-sessions", { action: "list", kind: "sessions" }),
    summary: "Logged sessions, newest first, with their follow-ups and charges.",
    successStatus: 200,
    params: userIdParamsSchema,
    query: sessionListQuerySchema,
    response: sessionPageSchema,
  },
  logSession: {
    ...sessionsBase,
    method: "POST",
    path: "/api/users/:userId/sessions",
    record: healthRecord("therapy-session", { kind: "sessions" }),
    summary:
      "Log a session. A planned one marks its occurrence held; follow-ups are scheduled 24 h and 48 h after its end. A retry with the same idempotencyKey returns the saved session.",
    successStatus: 201,
    params: userIdParamsSchema,
    body: logSessionRequestSchema,
    response: therapySessionSchema,
  },
  getSessionDefaults: {
    ...sessionsBase,
    method: "GET",
    path: "/api/users/:userId/sessions/defaults",
    record: healthRecord("therapy-session-defaults", { kind: "sessions" }),
    summary:
      "What the log form starts from for one planned occurrence: therapy, length, pressure, areas, practitioner, usual price.",
    successStatus: 200,
    params: userIdParamsSchema,
    query: sessionDefaultsQuerySchema,
    response: sessionDefaultsSchema,
  },
  listDueFollowUps: {
    ...sessionsBase,
    method: "GET",
    path: "/api/users/:userId/sessions/follow-ups/due",
    record: healthRecord("session-follow-ups", { action: "list" }),
    summary: "Follow-ups due and not answered yet (for Today), oldest first.",
    successStatus: 200,
    params: userIdParamsSchema,
    response: dueFollowUpsSchema,
  },
  exportSessionsCsv: {
    ...sessionsBase,
    method: "GET",
    path: "/api/users/:userId/sessions/export.csv",
    record: healthRecord("sessions-export", { action: "list", kind: "sessions" }),
    summary: "The session log as CSV (RFC 4180, UTF-8), oldest first.",
    successStatus: 200,
    params: userIdParamsSchema,
    query: sessionExportQuerySchema,
    produces: "text/csv",
  },
  exportSessionsJson: {
    ...sessionsBase,
    method: "GET",
    path: "/api/users/:userId/sessions/export.json",
    record: healthRecord("sessions-export", { action: "list", kind: "sessions" }),
    summary: "The session log as a JSON file (`sessionExportSchema`), oldest first.",
    successStatus: 200,
    params: userIdParamsSchema,
    query: sessionExportQuerySchema,
    produces: "application/json",
  },
  getSession: {
    ...sessionsBase,
    method: "GET",
    path: "/api/users/:userId/sessions/:sessionId",
    record: healthRecord("therapy-session", { resourceIdParam: "sessionId", kind: "sessions" }),
    summary: "One logged session (404 once deleted).",
    successStatus: 200,
    params: sessionParamsSchema,
    response: therapySessionSchema,
  },
  updateSession: {
    ...sessionsBase,
    method: "PATCH",
    path: "/api/users/:userId/sessions/:sessionId",
    record: healthRecord("therapy-session", { resourceIdParam: "sessionId" }),
    summary: "Change some fields of a logged session; a new end moves its unanswered follow-ups.",
    successStatus: 200,
    params: sessionParamsSchema,
    body: updateSessionRequestSchema,
    response: therapySessionSchema,
  },
  deleteSession: {
    ...sessionsBase,
    method: "DELETE",
    path: "/api/users/:userId/sessions/:sessionId",
    record: healthRecord("therapy-session", { resourceIdParam: "sessionId" }),
    summary:
      "Remove a logged session: its planned occurrence is no longer held and its follow-ups are not asked.",
    successStatus: 204,
    params: sessionParamsSchema,
  },
  answerFollowUp: {
    ...sessionsBase,
    method: "PUT",
    path: "/api/users/:userId/sessions/:sessionId/follow-ups/:dueAfter",
    record: healthRecord("session-follow-up", { resourceIdParam: "sessionId" }),
    summary:
      "Answer the 24 h or 48 h follow-up. The same answer again returns it unchanged; a different one is 409. A late answer keeps its real time.",
    successStatus: 200,
    params: followUpParamsSchema,
    body: followUpAnswerRequestSchema,
    response: followUpSchema,
  },
} as const satisfies Record<string, Endpoint>;
