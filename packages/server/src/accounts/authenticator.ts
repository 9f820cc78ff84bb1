import type { Authenticator } from "../http/register-endpoint.js";
import type { Clock } from "../system/clock.js";
import {
  clearSessionCookies,
  sessionTokenFrom,
  setSessionCookies,
} from "./sign-in-session-cookies.js";
import type { SignInSessionService } from "./sign-in-session.service.js";

/** Resolves the session cookie to an actor; renews the cookies when the session was extended. */
export function cookieAuthenticator(sessions: SignInSessionService, clock: Clock): Authenticator {
  return async (request, reply) => {
    const token = sessionTokenFrom(request);
    if (token === undefined) return undefined;
    const session = await sessions.resolve(token);
    if (session === undefined) {
      clearSessionCookies(request, reply);
      return undefined;
    }
    if (session.wasTouched) {
      setSessionCookies(request, reply, { token, createdAt: session.createdAt }, clock.now());
    }
    return session;
  };
}
