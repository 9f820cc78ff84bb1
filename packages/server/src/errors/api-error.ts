import type { ErrorBody, ErrorCode, FieldError } from "@painplan/core";

const statusByCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  bad_request: 400,
  wrong_password: 400,
  reset_link_invalid: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  instrument_not_installed: 404,
  email_taken: 409,
  no_earlier_entry: 409,
  idempotency_key_reused: 409,
  write_conflict: 409,
  package_used_up: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_attempts: 429,
  quota_exceeded: 429,
  internal_error: 500,
  service_unavailable: 503,
};

/** An error meant for the client: it becomes the uniform `{ error: { code, message } }` body. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;
  readonly details: NonNullable<ErrorBody["error"]["details"]> | undefined;

  /** `statusCode` overrides the code's usual status (a framework's 4xx without a code of ours). */
  constructor(
    code: ErrorCode,
    message: string,
    details?: { fields?: FieldError[]; retryAfterSeconds?: number; currentVersion?: number },
    statusCode: number = statusByCode[code],
  ) {
    super(message);
    this.code = code;
    this.statusCode = statusCode;
    this.details = details;
  }

  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}

export function notFound(what = "This resource"): ApiError {
  return new ApiError("not_found", `${what} was not found.`);
}

export function fieldError(path: string, message: string, code: ErrorCode = "validation_failed") {
  return new ApiError(code, message, { fields: [{ path, message }] });
}
