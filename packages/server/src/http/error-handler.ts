import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { isWriteConflict } from "../database/columns.js";
import { ApiError } from "../errors/api-error.js";
import { apiCacheControl, isApiPath } from "./api-cache-control.js";

/** Fastify's own error codes mapped to ours; anything unknown is a 500 without details. */
const frameworkErrors: Record<string, () => ApiError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () =>
    new ApiError("payload_too_large", "The request body is too large."),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    new ApiError("unsupported_media_type", "Send the request body as application/json."),
  FST_ERR_CTP_INVALID_JSON_BODY: () =>
    new ApiError("malformed_json", "The request body is not valid JSON."),
  FST_ERR_CTP_EMPTY_JSON_BODY: () =>
    new ApiError("malformed_json", "The request body is empty but JSON was announced."),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    new ApiError("malformed_json", "The request body does not match its Content-Length."),
};

/**
 * Any other 4xx raised by Fastify or a plugin (a static file outside its folder, bad
 * percent-encoding, a method not allowed…) keeps its status and gets the uniform body.
 */
function clientErrorFor(status: number): ApiError {
  switch (status) {
    case 401:
      return new ApiError("unauthenticated", "Please sign in.");
    case 403:
      return new ApiError("forbidden", "This request is not allowed.");
    case 404:
      return new ApiError("not_found", "This resource was not found.");
    case 429:
      return new ApiError("too_many_attempts", "Too many requests. Please wait and try again.");
    default:
      return new ApiError(
        "bad_request",
        `The request could not be handled (HTTP ${status}).`,
        undefined,
        status,
      );
  }
}

function isClientErrorStatus(status: unknown): status is number {
  return typeof status === "number" && Number.isInteger(status) && status >= 400 && status < 500;
}

function toApiError(error: FastifyError): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error.validation !== undefined) {
    // Issues from the zod validator compiler, one per field.
    const fields = error.validation.map((issue) => ({
      path: issue.instancePath.replace(/^\//, "").replaceAll("/", "."),
      message: issue.message ?? "Invalid value.",
    }));
    return new ApiError("validation_failed", "Some fields need attention.", { fields });
  }
  // A race no service settled (they lock or retry where they can): 409, never 500.
  if (isWriteConflict(error)) {
    return new ApiError(
      "write_conflict",
      "Someone else saved this at the same moment. Reload it and try again.",
    );
  }
  const known = frameworkErrors[error.code];
  if (known !== undefined) return known();
  if (error instanceof SyntaxError && error.statusCode === 400) {
    return new ApiError("malformed_json", "The request body is not valid JSON.");
  }
  if (isClientErrorStatus(error.statusCode)) return clientErrorFor(error.statusCode);
  return undefined;
}

/**
 * What the log keeps of an unexpected error: its kind and where it happened. Not its message or
 * properties, which can quote the data involved (a database error's "detail", for example).
 */
export function describeFailure(error: Error & { code?: unknown }) {
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => line.trimStart().startsWith("at "));
  return {
    type: error.name,
    ...(typeof error.code === "string" ? { code: error.code } : {}),
    stack: frames.slice(0, 8).map((line) => line.trim()),
  };
}

/**
 * Sends the uniform body for `error`: its own code and status when it is known or a 4xx, else
 * `500 internal_error` (logged by kind and place only).
 */
export function sendError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const apiError = toApiError(error);
  // Errors raised before routing skip the onRequest hooks that set it (`api-cache-control.ts`).
  if (isApiPath(request.url)) void reply.header("cache-control", apiCacheControl);
  if (apiError === undefined) {
    request.log.error({ failure: describeFailure(error) }, "unhandled error");
    const internal = new ApiError("internal_error", "Something went wrong on our side.");
    return reply.status(internal.statusCode).send(internal.toBody());
  }
  if (apiError.details?.retryAfterSeconds !== undefined) {
    void reply.header("retry-after", String(apiError.details.retryAfterSeconds));
  }
  return reply.status(apiError.statusCode).send(apiError.toBody());
}

/**
 * One error body for every failure; never a stack trace. Errors Fastify raises before routing
 * (bad percent-encoding in the URL) reach `sendError` through the `frameworkErrors` option.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(sendError);
}
