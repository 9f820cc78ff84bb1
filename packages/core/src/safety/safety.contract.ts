import { userIdParamsSchema } from "../api/path-params.schema.js";
import { healthRecord, type Endpoint } from "../api/endpoint.js";
import {
  preSessionCheckRequestSchema,
  preSessionCheckResultSchema,
} from "./pre-session-check.schema.js";
import { safetyAssessmentSchema } from "./safety-assessment.schema.js";
import {
  safetyIntakeResponseSchema,
  safetyIntakeVersionParamsSchema,
  safetyIntakeVersionsResponseSchema,
  saveSafetyIntakeRequestSchema,
} from "./safety-intake.schema.js";
import { safetySheetSchema } from "./safety-sheet.schema.js";

/**
 * The safety area's HTTP operations (spread into `endpoints` in api-contract.ts). All of them are
 * the person's own health records: anyone else gets 404.
 */
export const safetyEndpoints = {
  getSafetyIntake: {
    method: "GET",
    path: "/api/users/:userId/safety-intake",
    record: healthRecord("safety-intake", { resourceIdParam: "userId" }),
    summary: "The current safety intake, or an empty in-progress one before the first save.",
    tag: "safety",
    access: "signed-in",
    successStatus: 200,
    params: userIdParamsSchema,
    response: safetyIntakeResponseSchema,
  },
  saveSafetyIntake: {
    method: "PUT",
    path: "/api/users/:userId/safety-intake",
    record: healthRecord("safety-intake", { resourceIdParam: "userId" }),
    summary: "Save the safety intake as a new version (in-progress or complete).",
    tag: "safety",
    access: "signed-in",
    successStatus: 200,
    params: userIdParamsSchema,
    body: saveSafetyIntakeRequestSchema,
    response: safetyIntakeResponseSchema,
  },
  listSafetyIntakeVersions: {
    method: "GET",
    path: "/api/users/:userId/safety-intake/versions",
    record: healthRecord("safety-intake-versions", { action: "list" }),
    summary: "Every saved version of the safety intake, newest first.",
    tag: "safety",
    access: "signed-in",
    successStatus: 200,
    params: userIdParamsSchema,
    response: safetyIntakeVersionsResponseSchema,
  },
  getSafetyIntakeVersion: {
    method: "GET",
    path: "/api/users/:userId/safety-intake/versions/:version",
    record: healthRecord("safety-intake", { resourceIdParam: "version" }),
    summary: "One saved version of the safety intake.",
    tag: "safety",
    access: "signed-in",
    successStatus: 200,
    params: safetyIntakeVersionParamsSchema,
    response: safetyIntakeResponseSchema,
  },
  getSafetyAssessment: {
    method: "GET",
    path: "/api/users/:userId/safety/assessment",
    record: healthRecord("safety-assessment", { resourceIdParam: "userId" }),
    summary: "Verdicts per therapy and per body area, and red flags, from the current intake.",
    tag: "safety",
    access: "signed-in",
    successStatus: 200,
    params: userIdParamsSchema,
    response: safetyAssessmentSchema,
  },
  runPreSessionCheck: {
    method: "POST",
    path: "/api/users/:userId/safety/pre-session-check",
    record: healthRecord("pre-session-check"),
    summary: "The short check before a session: go, go with care, or stop. The result is kept.",
    tag: "safety",
    access: "signed-in",
    successStatus: 201,
    params: userIdParamsSchema,
    body: preSessionCheckRequestSchema,
    response: preSessionCheckResultSchema,
  },
  getSafetySheet: {
    method: "GET",
    path: "/api/users/:userId/safety/sheet",
    record: healthRecord("safety-sheet", { resourceIdParam: "userId", kind: "safety-sheet" }),
    summary: "The one-page safety sheet for a therapist, as data for the print page.",
    tag: "safety",
    access: "signed-in",
    successStatus: 200,
    params: userIdParamsSchema,
    response: safetySheetSchema,
  },
  getSafetySheetPdf: {
    method: "GET",
    path: "/api/users/:userId/safety/sheet.pdf",
    record: healthRecord("safety-sheet", { resourceIdParam: "userId", kind: "safety-sheet" }),
    summary: "The one-page safety sheet for a therapist, as a PDF to print.",
    tag: "safety",
    access: "signed-in",
    successStatus: 200,
    params: userIdParamsSchema,
    produces: "application/pdf",
  },
} as const satisfies Record<string, Endpoint>;
