import { healthRecord, type Endpoint } from "../api/endpoint.js";
import { userIdParamsSchema } from "../api/path-params.schema.js";
import { painProfileRequestSchema, painProfileSchema } from "./pain-profile.schema.js";

const profileBase = {
  tag: "profile",
  access: "signed-in",
} as const;

/** The pain profile of one person: only that person may read or change it (others get 404). */
export const profileEndpoints = {
  getPainProfile: {
    ...profileBase,
    method: "GET",
    path: "/api/users/:userId/pain-profile",
    record: healthRecord("pain-profile", { resourceIdParam: "userId" }),
    summary: "The person's pain profile (empty lists and null `updatedAt` until first saved).",
    successStatus: 200,
    params: userIdParamsSchema,
    response: painProfileSchema,
  },
  replacePainProfile: {
    ...profileBase,
    method: "PUT",
    path: "/api/users/:userId/pain-profile",
    record: healthRecord("pain-profile", { resourceIdParam: "userId" }),
    summary: "Save the whole pain profile: causes, medications, other treatments, pain map.",
    successStatus: 200,
    params: userIdParamsSchema,
    body: painProfileRequestSchema,
    response: painProfileSchema,
  },
} as const satisfies Record<string, Endpoint>;
