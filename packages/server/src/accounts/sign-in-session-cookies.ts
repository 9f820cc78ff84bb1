import { signInSessionExpiresAt } from "@painplan/core";
import type { FastifyReply, FastifyRequest } from "fastify";
import { csrfTokenFor } from "../http/csrf.js";

export const signInSessionCookie = "pp_session";
/** Readable by the web app, which echoes it in the x-csrf-token header. */
export const csrfCookie = "pp_csrf";
/** The device cookie: this browser signed in to an account before (see trusted-device.service.ts). */
export const trustedDeviceCookie = "pp_device";

function baseOptions(request: FastifyRequest) {
  return {
    path: "/",
    sameSite: "lax" as const,
    secure: request.protocol === "https",
  };
}

export function setSignInSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  session: { token: string; createdAt: Date },
  now: Date,
): void {
  const expires = signInSessionExpiresAt({ createdAt: session.createdAt, lastSeenAt: now }, now);
  const options = { ...baseOptions(request), expires };
  void reply.setCookie(signInSessionCookie, session.token, { ...options, httpOnly: true });
  void reply.setCookie(csrfCookie, csrfTokenFor(session.token), { ...options, httpOnly: false });
}

export function clearSignInSessionCookies(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(signInSessionCookie, { ...baseOptions(request), httpOnly: true });
  void reply.clearCookie(csrfCookie, baseOptions(request));
}

export function signInSessionTokenFrom(request: FastifyRequest): string | undefined {
  const token = request.cookies[signInSessionCookie];
  return token === undefined || token.length === 0 ? undefined : token;
}

/** Sent only to this site (SameSite=Strict), never readable by scripts, kept after sign-out. */
export function setTrustedDeviceCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  device: { token: string; expiresAt: Date },
): void {
  void reply.setCookie(trustedDeviceCookie, device.token, {
    ...baseOptions(request),
    sameSite: "strict",
    httpOnly: true,
    expires: device.expiresAt,
  });
}

export function trustedDeviceTokenFrom(request: FastifyRequest): string | undefined {
  const token = request.cookies[trustedDeviceCookie];
  return token === undefined || token.length === 0 ? undefined : token;
}
