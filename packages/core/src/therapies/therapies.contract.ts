import type { Endpoint } from "../api/endpoint.js";
import {
  therapyDetailResponseSchema,
  therapyIdParamsSchema,
  therapyListQuerySchema,
  therapyListResponseSchema,
} from "./therapies.schema.js";

/**
 * The therapies area's HTTP operations (spread into `endpoints` in api-contract.ts). The library
 * is public and the same for everyone; which therapies suit a person is worked out in the web app
 * from the safety rules, so nothing personal passes through here.
 */
export const therapiesEndpoints = {
  listTherapies: {
    method: "GET",
    path: "/api/therapies",
    summary: "The therapy library, optionally filtered by kind and searched by words.",
    tag: "therapies",
    access: "anonymous",
    successStatus: 200,
    query: therapyListQuerySchema,
    response: therapyListResponseSchema,
  },
  getTherapy: {
    method: "GET",
    path: "/api/therapies/:therapyId",
    summary: "One therapy in full: what it is, what to expect, evidence with sources, precautions.",
    tag: "therapies",
    access: "anonymous",
    successStatus: 200,
    params: therapyIdParamsSchema,
    response: therapyDetailResponseSchema,
  },
} as const satisfies Record<string, Endpoint>;
