import { z } from "zod";

export const errorCodes = [
  "validation_failed",
  "malformed_json",
  "bad_request",
  "payload_too_large",
  "unsupported_media_type",
  "unauthenticated",
  "forbidden",
  "not_found",
  "invalid_credentials",
  "wrong_password",
  "reset_link_invalid",
  "too_many_attempts",
  "quota_exceeded",
  "email_taken",
  "no_earlier_entry",
  "idempotency_key_reused",
  "write_conflict",
  "package_used_up",
  "instrument_not_installed",
  "csrf_failed",
  "service_unavailable",
  "internal_error",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const fieldErrorSchema = z.object({
  path: z.string().describe("Dotted path of the field, e.g. `timeZone`; empty for the whole body."),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    details: z
      .object({
        fields: z.array(fieldErrorSchema).optional(),
        retryAfterSeconds: z.number().int().optional(),
        currentVersion: z.number().int().optional(),
      })
      .optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
