import {
  changePasswordRequestSchema,
  meResponseSchema,
  registerRequestSchema,
  signInRequestSchema,
  updateProfileRequestSchema,
  userListQuerySchema,
  userListResponseSchema,
} from "./accounts.schema.js";
import { accessLogResponseSchema, userIdParamsSchema } from "./audit.schema.js";
import { diaryEndpoints } from "./diary.contract.js";
import type { Endpoint } from "./endpoint.js";
import { healthResponseSchema } from "./health.schema.js";
import { instrumentsEndpoints } from "./instruments.contract.js";
import { safetyEndpoints } from "./safety.contract.js";
import { therapiesEndpoints } from "./therapies.contract.js";

/**
 * Every HTTP operation of PainPlan. Each area keeps its operations in its own `<area>.contract.ts`
 * and is spread in here.
 */
export const endpoints = {
  health: {
    method: "GET",
    path: "/api/health",
    summary: "Is the service and its database up?",
    tag: "system",
    access: "anonymous",
    successStatus: 200,
    response: healthResponseSchema,
  },
  register: {
    method: "POST",
    path: "/api/auth/register",
    summary: "Create an account and sign in.",
    tag: "accounts",
    access: "anonymous",
    successStatus: 201,
    body: registerRequestSchema,
    response: meResponseSchema,
  },
  signIn: {
    method: "POST",
    path: "/api/auth/sign-in",
    summary: "Sign in with email and password.",
    tag: "accounts",
    access: "anonymous",
    successStatus: 200,
    body: signInRequestSchema,
    response: meResponseSchema,
  },
  signOut: {
    method: "POST",
    path: "/api/auth/sign-out",
    summary: "End this session.",
    tag: "accounts",
    access: "signed-in",
    successStatus: 204,
  },
  getMe: {
    method: "GET",
    path: "/api/me",
    summary: "The signed-in person's account.",
    tag: "accounts",
    access: "signed-in",
    successStatus: 200,
    response: meResponseSchema,
  },
  updateMe: {
    method: "PATCH",
    path: "/api/me",
    summary: "Change display name or time zone.",
    tag: "accounts",
    access: "signed-in",
    successStatus: 200,
    body: updateProfileRequestSchema,
    response: meResponseSchema,
  },
  changePassword: {
    method: "POST",
    path: "/api/me/password",
    summary: "Change password; signs out every other session.",
    tag: "accounts",
    access: "signed-in",
    successStatus: 204,
    body: changePasswordRequestSchema,
  },
  getAccessLog: {
    method: "GET",
    path: "/api/users/:userId/access-log",
    summary: "Who, other than the person, has read this person's data.",
    tag: "privacy",
    access: "signed-in",
    successStatus: 200,
    params: userIdParamsSchema,
    response: accessLogResponseSchema,
  },
  listUsers: {
    method: "GET",
    path: "/api/admin/users",
    summary: "Accounts on this instance (admin only; no health data).",
    tag: "admin",
    access: "admin",
    successStatus: 200,
    query: userListQuerySchema,
    response: userListResponseSchema,
  },
  ...diaryEndpoints,
  ...instrumentsEndpoints,
  ...safetyEndpoints,
  ...therapiesEndpoints,
} as const satisfies Record<string, Endpoint>;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
