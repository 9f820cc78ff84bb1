import type { z } from "zod";
import type { AccessLevel } from "../authorization/policy.js";

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
};

export const downloadMediaTypes = ["text/csv", "application/pdf", "application/json"] as const;
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

/** Fills `:name` segments of an endpoint path. */
export function endpointUrl(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}
