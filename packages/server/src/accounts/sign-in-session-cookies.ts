import { signInSessionExpiresAt } from "@painplan/core";
import type { FastifyReply, FastifyRequest } from "fastify";
import { csrfTokenFor } from "../http/csrf.js";
import { isServedOverTls } from "../http/served-over-tls.js";

export const signInSessionCookie = "pp_session";
/** Readable by the web app, which echoes it in the x-csrf-token header. */
export const csrfCookie = "pp_csrf";
/** The device cookie: this browser signed in to an account before (see trusted-device.service.ts). */
export const trustedDeviceCookie = "pp_device";

/**
 * Over TLS every cookie takes the `__Host-` prefix: the browser then only accepts it when it is
 * Secure, has Path=/ and no Domain, so a sibling subdomain or a plain-http page cannot plant or
 * overwrite it. On plain http (local use) the names are bare, or the browser would drop them.
 */
export function cookieName(request: FastifyRequest, name: string): string {
  return isServedOverTls(request) ? `__Host-${name}` : name;
}

function baseOptions(request: FastifyRequest) {
  return {
    path: "/",
    sameSite: "lax" as const,
    secure: isServedOverTls(request),
  };
}

function cookieValue(request: FastifyRequest, name: string): string | undefined {
  const value = request.cookies[cookieName(request, name)];
  return value === undefined || value.length === 0 ? undefined : value;
}

export function setSignInSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  session: { token: string; createdAt: Date },
  now: Date,
): void {
  const expires = signInSessionExpiresAt({ createdAt: session.createdAt, lastSeenAt: now }, now);
  const options = { ...baseOptions(request), expires };
  void reply.setCookie(cookieName(request, signInSessionCookie), session.token, {
    ...options,
    httpOnly: true,
  });
  void reply.setCookie(cookieName(request, csrfCookie), csrfTokenFor(session.token), {
    ...options,
    httpOnly: false,
  });
}

export function clearSignInSessionCookies(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(cookieName(request, signInSessionCookie), {
    ...baseOptions(request),
    httpOnly: true,
  });
  void reply.clearCookie(cookieName(request, csrfCookie), baseOptions(request));
}

export function signInSessionTokenFrom(request: FastifyRequest): string | undefined {
  return cookieValue(request, signInSessionCookie);
}

/** Sent only to this site (SameSite=Strict), never readable by scripts, kept after sign-out. */
export function setTrustedDeviceCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  device: { token: string; expiresAt: Date },
): void {
  void reply.setCookie(cookieName(request, trustedDeviceCookie), device.token, {
    ...baseOptions(request),
    sameSite: "strict",
    httpOnly: true,
    expires: device.expiresAt,
  });
}

export function trustedDeviceTokenFrom(request: FastifyRequest): string | undefined {
  return cookieValue(request, trustedDeviceCookie);
}
