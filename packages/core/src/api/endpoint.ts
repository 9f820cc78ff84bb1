import type { z } from "zod";
import type { AccessLevel, ResourceKind } from "../authorization/policy.js";

export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/**
 * One HTTP operation of the API: the server registers it, the web client calls it, the OpenAPI
 * document describes it — all from this one definition.
 */
export type Endpoint = {
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  access: AccessLevel;
  successStatus: 200 | 201 | 204;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** `undefined` for 204 responses and for downloads (see `produces`). */
  response?: z.ZodType;
  /**
   * Set for downloads (CSV, PDF, a JSON export file): the media type of the body. The handler
   * then returns a file, not a JSON value, and `response` stays undefined.
   */
  produces?: DownloadMediaType;
  /**
   * Set on every route over one person's records. Route registration then authorizes the reader
   * against the owner named by the path, audits any reader who is not the owner, loads the owner
   * and hands the handler `{ reader, owner }`; no handler checks access itself.
   */
  record?: RecordAccess;
};

/**
 * Whose records a route reaches and what kind they are. GET routes read; every other method
 * writes (only grounds that may write pass, today the owner alone).
 */
export type RecordAccess = {
  kind: ResourceKind;
  /** The path parameter that names the owner (always `userId` today: `/api/users/:userId/…`). */
  ownerParam: "userId";
  /** What the audit trail calls the record, e.g. "pain-entry". */
  resourceType: string;
  /** The path parameter holding the record's id; without it the audit records no id. */
  resourceIdParam?: string;
  /** "list" for reads of many records; "read" (the default) for one. */
  action?: "read" | "list";
};

/**
 * The record access of a route over one person's health records (diary, safety…). `kind`
 * defaults to "health-records" (the owner alone); a care-team kind ("plan", "safety-sheet"…)
 * also lets in a practitioner the owner gave that scope.
 */
export function healthRecord(
  resourceType: string,
  options: {
    resourceIdParam?: string;
    action?: "read" | "list";
    kind?: Exclude<ResourceKind, "account-records">;
  } = {},
): RecordAccess {
  const { kind = "health-records", ...rest } = options;
  return { kind, ownerParam: "userId", resourceType, ...rest };
}

export const downloadMediaTypes = [
  "text/csv",
  "application/pdf",
  "application/json",
  "text/calendar",
] as const;
export type DownloadMediaType = (typeof downloadMediaTypes)[number];

export type EndpointBody<E extends Endpoint> = E["body"] extends z.ZodType
  ? z.input<E["body"]>
  : undefined;
export type EndpointParams<E extends Endpoint> = E["params"] extends z.ZodType
  ? z.input<E["params"]>
  : undefined;
export type EndpointQuery<E extends Endpoint> = E["query"] extends z.ZodType
  ? z.input<E["query"]>
  : undefined;
export type EndpointResponse<E extends Endpoint> = E["response"] extends z.ZodType
  ? z.output<E["response"]>
  : undefined;

/** The value of path parameter `name`; throws when the route has none (a contract mistake). */
export function endpointParam(params: Record<string, string>, name: string): string {
  const value = params[name];
  if (value === undefined) throw new Error(`The route has no path parameter ${name}.`);
  return value;
}

/** Fills `:name` segments of an endpoint path. */
export function endpointUrl(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}
