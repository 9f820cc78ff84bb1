import type { Endpoint } from "../api/endpoint.js";
import { userIdParamsSchema } from "../api/path-params.schema.js";
import {
  changePasswordRequestSchema,
  meResponseSchema,
  registerRequestSchema,
  signInRequestSchema,
  updateProfileRequestSchema,
  userListQuerySchema,
  userListResponseSchema,
} from "./accounts.schema.js";
import { accessLogResponseSchema } from "./access-log.schema.js";
import { accountErasureRequestSchema } from "./account-erasure.schema.js";

/** Accounts, sign-in sessions, the person's access log, and the admin's list of accounts. */
export const accountsEndpoints = {
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
  eraseMe: {
    method: "POST",
    path: "/api/me/erasure",
    summary:
      "Erase the signed-in account and every record of it (password required); ends every session. Cannot be undone.",
    tag: "privacy",
    access: "signed-in",
    successStatus: 204,
    body: accountErasureRequestSchema,
  },
  getAccessLog: {
    method: "GET",
    path: "/api/users/:userId/access-log",
    record: {
      kind: "account-records",
      ownerParam: "userId",
      resourceType: "access-log",
      resourceIdParam: "userId",
    },
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
} as const satisfies Record<string, Endpoint>;
