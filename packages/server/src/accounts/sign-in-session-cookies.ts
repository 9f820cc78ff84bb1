import { sessionExpiresAt } from "@painplan/core";
import type { FastifyReply, FastifyRequest } from "fastify";
import { csrfTokenFor } from "../http/csrf.js";

export const sessionCookie = "pp_session";
/** Readable by the web app, which echoes it in the x-csrf-token header. */
export const csrfCookie = "pp_csrf";

function baseOptions(request: FastifyRequest) {
  return {
    path: "/",
    sameSite: "lax" as const,
    secure: request.protocol === "https",
  };
}

export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  session: { token: string; createdAt: Date },
  now: Date,
): void {
  const expires = sessionExpiresAt({ createdAt: session.createdAt, lastSeenAt: now }, now);
  const options = { ...baseOptions(request), expires };
  void reply.setCookie(sessionCookie, session.token, { ...options, httpOnly: true });
  void reply.setCookie(csrfCookie, csrfTokenFor(session.token), { ...options, httpOnly: false });
}

export function clearSessionCookies(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(sessionCookie, { ...baseOptions(request), httpOnly: true });
  void reply.clearCookie(csrfCookie, baseOptions(request));
}

export function sessionTokenFrom(request: FastifyRequest): string | undefined {
  const token = request.cookies[sessionCookie];
  return token === undefined || token.length === 0 ? undefined : token;
}
