import {
  endpointUrl,
  errorBodySchema,
  type Endpoint,
  type EndpointBody,
  type EndpointParams,
  type EndpointQuery,
  type EndpointResponse,
} from "@painplan/core";
import type { z } from "zod";
import { ApiError } from "./api-error";
import { readCsrfToken } from "./csrf-token";

/**
 * An endpoint without params/query/body takes none; one with them requires them, unless every
 * field is optional (a query with defaults).
 */
type Part<Key extends string, Value> = [Value] extends [undefined]
  ? { [K in Key]?: undefined }
  : Record<string, never> extends Value
    ? { [K in Key]?: Value }
    : { [K in Key]: Value };

export type CallOptions<E extends Endpoint> = Part<"params", EndpointParams<E>> &
  Part<"query", EndpointQuery<E>> &
  Part<"body", EndpointBody<E>> & { signal?: AbortSignal };

type CallArguments<E extends Endpoint> =
  Record<string, never> extends CallOptions<E>
    ? [options?: CallOptions<E>]
    : [options: CallOptions<E>];

const unsafeMethods = new Set(["POST", "PATCH", "PUT", "DELETE"]);

/**
 * How long a save (POST, PATCH, PUT, DELETE) waits for an answer before the form says so, rather
 * than "Saving…" for as long as a dead connection hangs. A save given up on may still arrive:
 * forms send the same idempotency key again on a retry, so it is never saved twice.
 */
export const saveTimeoutMs = 8_000;

const messages = {
  network:
    "We could not reach PainPlan. Please check your connection and try again; what you typed is kept.",
  offline:
    "No connection: what you typed is kept on this device. Try again when you are back online; it will not be saved twice.",
  timedOut:
    "Saving took too long: the connection may be slow or lost. What you typed is kept; try again, it will not be saved twice.",
  unexpected: "PainPlan gave an answer we did not expect. Please try again in a moment.",
} as const;

/**
 * Calls one endpoint of the contract. The body is checked with the same schema the server uses,
 * so mistakes show at once (and offline); the answer is parsed with the endpoint's response schema.
 */
export async function callApi<E extends Endpoint>(
  endpoint: E,
  ...[options]: CallArguments<E>
): Promise<EndpointResponse<E>> {
  const body: unknown = options?.body;
  if (endpoint.body !== undefined) checkBody(endpoint.body, body);
  const response = await send(endpoint, options ?? {}, body);
  if (!response.ok) throw await readError(response);
  return readSuccess(endpoint, response);
}

function checkBody(schema: z.ZodType, body: unknown): void {
  const result = schema.safeParse(body);
  if (result.success) return;
  const fieldErrors = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  }));
  throw new ApiError(400, "validation_failed", "Some answers need another look.", { fieldErrors });
}

async function send(
  endpoint: Endpoint,
  options: { params?: unknown; query?: unknown; signal?: AbortSignal | undefined },
  body: unknown,
): Promise<Response> {
  const isSave = unsafeMethods.has(endpoint.method);
  // Offline, a save would fail (or hang) anyway: say so at once, without sending anything.
  if (isSave && isOffline()) throw new ApiError(0, "offline", messages.offline);
  const headers = new Headers({ accept: "application/json" });
  const csrfToken = readCsrfToken();
  if (isSave && csrfToken !== undefined) headers.set("x-csrf-token", csrfToken);
  // Bodyless POSTs (sign-out) send no content-type: the server rejects an empty JSON body.
  if (body !== undefined) headers.set("content-type", "application/json");
  const url = endpointUrl(endpoint.path, toStrings(options.params)) + queryString(options.query);
  const watch = isSave ? watchSave(options.signal) : undefined;
  const signal = watch?.signal ?? options.signal;
  try {
    return await fetch(url, {
      method: endpoint.method,
      headers,
      credentials: "same-origin",
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal === undefined ? {} : { signal }),
    });
  } catch (error) {
    if (watch?.state.gaveUp === "offline") throw new ApiError(0, "offline", messages.offline);
    if (watch?.state.gaveUp === "timed_out") throw new ApiError(0, "timed_out", messages.timedOut);
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "network_error", messages.network);
  } finally {
    watch?.stop();
  }
}

function isOffline(): boolean {
  return typeof navigator !== "undefined" && "onLine" in navigator && !navigator.onLine;
}

/**
 * Aborts a save when the browser goes offline or no answer came within `saveTimeoutMs`
 * (`state.gaveUp` says which), or when the caller's own signal aborts. `stop` when the answer came.
 */
function watchSave(callerSignal: AbortSignal | undefined) {
  const controller = new AbortController();
  const state: { gaveUp?: "offline" | "timed_out" } = {};
  const giveUp = (reason: "offline" | "timed_out") => {
    state.gaveUp ??= reason;
    controller.abort();
  };
  const onOffline = () => {
    giveUp("offline");
  };
  const onCallerAbort = () => {
    controller.abort(callerSignal?.reason);
  };
  const timer = setTimeout(() => {
    giveUp("timed_out");
  }, saveTimeoutMs);
  const canListen = typeof addEventListener === "function";
  if (canListen) addEventListener("offline", onOffline);
  if (callerSignal?.aborted === true) onCallerAbort();
  callerSignal?.addEventListener("abort", onCallerAbort);
  const stop = () => {
    clearTimeout(timer);
    if (canListen) removeEventListener("offline", onOffline);
    callerSignal?.removeEventListener("abort", onCallerAbort);
  };
  return { signal: controller.signal, state, stop };
}

async function readSuccess<E extends Endpoint>(
  endpoint: E,
  response: Response,
): Promise<EndpointResponse<E>> {
  // The contract ties the schema to the type; TypeScript cannot follow a generic schema's output.
  if (endpoint.response === undefined) return undefined as EndpointResponse<E>;
  const parsed = endpoint.response.safeParse(await readJson(response));
  if (!parsed.success)
    throw new ApiError(response.status, "unexpected_response", messages.unexpected);
  return parsed.data as EndpointResponse<E>;
}

async function readError(response: Response): Promise<ApiError> {
  const parsed = errorBodySchema.safeParse(await readJson(response));
  if (!parsed.success) {
    const code = response.status >= 500 ? "service_unavailable" : "unexpected_response";
    return new ApiError(response.status, code, messages.unexpected);
  }
  const { code, message, details } = parsed.data.error;
  return new ApiError(response.status, code, message, {
    fieldErrors: details?.fields ?? [],
    retryAfterSeconds: details?.retryAfterSeconds,
  });
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

function toStrings(values: unknown): Record<string, string> | undefined {
  if (typeof values !== "object" || values === null) return undefined;
  const defined = Object.entries(values).filter(([, value]) => value !== undefined);
  return Object.fromEntries(defined.map(([key, value]) => [key, String(value)]));
}

function queryString(query: unknown): string {
  const values = toStrings(query);
  if (values === undefined) return "";
  const search = new URLSearchParams(values).toString();
  return search === "" ? "" : `?${search}`;
}
