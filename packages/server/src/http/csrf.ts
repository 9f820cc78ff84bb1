import type { FastifyRequest } from "fastify";
import { createHmac, timingSafeEqual } from "node:crypto";
import { ApiError } from "../errors/api-error.js";
import type { Authentication } from "../audit/reader.js";

export const csrfHeader = "x-csrf-token";
const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** The CSRF token is derived from the session token, so any instance can check it statelessly. */
export function csrfTokenFor(signInSessionToken: string): string {
  return createHmac("sha256", signInSessionToken).update("painplan-csrf-v1").digest("base64url");
}

function isEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Signed-in unsafe requests must echo the token in a header (synchronizer token bound to the
 * session); any unsafe request that the browser marks as cross-site is refused (login CSRF).
 */
export function checkCsrf(request: FastifyRequest, authentication: Authentication | undefined) {
  if (safeMethods.has(request.method)) return;
  if (request.headers["sec-fetch-site"] === "cross-site") {
    throw new ApiError("csrf_failed", "Cross-site requests are not accepted.");
  }
  if (authentication === undefined) return;
  const sent = request.headers[csrfHeader];
  if (typeof sent !== "string" || !isEqual(sent, csrfTokenFor(authentication.signInSessionToken))) {
    throw new ApiError(
      "csrf_failed",
      "The security token is missing or out of date; reload the page.",
    );
  }
}
