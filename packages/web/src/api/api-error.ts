import type { ErrorCode, FieldError } from "@painplan/core";

/** The server's error codes plus the failures that never reach (or make sense of) the server. */
export type ClientErrorCode =
  ErrorCode | "network_error" | "offline" | "timed_out" | "unexpected_response";

type ApiErrorDetails = {
  fieldErrors?: readonly FieldError[];
  retryAfterSeconds?: number | undefined;
};

/** A failed call: what the server said (or why it could not say anything). */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly status: number;
  readonly code: ClientErrorCode;
  readonly fieldErrors: readonly FieldError[];
  readonly retryAfterSeconds: number | undefined;

  constructor(
    status: number,
    code: ClientErrorCode,
    message: string,
    details: ApiErrorDetails = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.fieldErrors = details.fieldErrors ?? [];
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
