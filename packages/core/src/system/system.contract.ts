import type { Endpoint } from "../api/endpoint.js";
import { healthResponseSchema } from "./health.schema.js";

/** Operations about the running service itself. */
export const systemEndpoints = {
  health: {
    method: "GET",
    path: "/api/health",
    summary: "Is the service and its database up?",
    tag: "system",
    access: "anonymous",
    successStatus: 200,
    response: healthResponseSchema,
  },
} as const satisfies Record<string, Endpoint>;
