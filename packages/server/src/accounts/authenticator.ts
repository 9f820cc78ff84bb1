import type { Authenticator } from "../http/register-endpoint.js";
import type { Clock } from "../system/clock.js";
import {
  clearSignInSessionCookies,
  signInSessionTokenFrom,
  setSignInSessionCookies,
} from "./sign-in-session-cookies.js";
import type { SignInSessionService } from "./sign-in-session.service.js";

/** Resolves the session cookie to an actor; renews the cookies when the session was extended. */
export function cookieAuthenticator(sessions: SignInSessionService, clock: Clock): Authenticator {
  return async (request, reply) => {
    const token = signInSessionTokenFrom(request);
    if (token === undefined) return undefined;
    const session = await sessions.resolve(token);
    if (session === undefined) {
      clearSignInSessionCookies(request, reply);
      return undefined;
    }
    if (session.wasTouched) {
      setSignInSessionCookies(request, reply, { token, createdAt: session.createdAt }, clock.now());
    }
    return session;
  };
}
