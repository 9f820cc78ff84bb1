import { signInSessionExpiresAt } from "@painplan/core";
import type { FastifyReply, FastifyRequest } from "fastify";
import { csrfTokenFor } from "../http/csrf.js";

export const signInSessionCookie = "pp_session";
/** Readable by the web app, which echoes it in the x-csrf-token header. */
export const csrfCookie = "pp_csrf";

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
