import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { Clock } from "../system/clock.js";
import type { FastifyRequest } from "fastify";
import type { AccountsService, AttemptOrigin } from "./accounts.service.js";
import {
  clearSignInSessionCookies,
  signInSessionTokenFrom,
  setSignInSessionCookies,
  setTrustedDeviceCookie,
  trustedDeviceTokenFrom,
} from "./sign-in-session-cookies.js";
import type { SignInSessionService } from "./sign-in-session.service.js";

/** The client address (as the trusted proxies report it) and the browser's device cookie. */
function originOf(request: FastifyRequest): AttemptOrigin {
  return { address: request.ip, deviceToken: trustedDeviceTokenFrom(request) };
}

export function accountsRoutes(
  route: RouteRegistrar,
  accounts: AccountsService,
  sessions: SignInSessionService,
  clock: Clock,
): void {
  route(endpoints.register, async ({ body, request, reply }) => {
    const { user, session, device } = await accounts.register(body, originOf(request));
    setSignInSessionCookies(request, reply, session, clock.now());
    setTrustedDeviceCookie(request, reply, device);
    return { user };
  });

  route(endpoints.signIn, async ({ body, request, reply }) => {
    const { user, session, device } = await accounts.signIn(
      body.email,
      body.password,
      originOf(request),
    );
    // A sign-in replaces any session this browser had (no fixation, no orphaned sessions).
    const previous = signInSessionTokenFrom(request);
    if (previous !== undefined) await sessions.endByToken(previous);
    setSignInSessionCookies(request, reply, session, clock.now());
    setTrustedDeviceCookie(request, reply, device);
    return { user };
  });

  route(endpoints.signOut, async ({ reader, request, reply }) => {
    await sessions.end(reader.signInSessionTokenHash);
    clearSignInSessionCookies(request, reply);
    return undefined;
  });

  route(endpoints.getMe, ({ reader }) => Promise.resolve({ user: reader.user }));

  route(endpoints.updateMe, async ({ reader, body }) => ({
    user: await accounts.updateProfile(reader.actor.userId, body),
  }));

  route(endpoints.changePassword, async ({ reader, body, request, reply }) => {
    const session = await accounts.changePassword(
      { userId: reader.actor.userId, email: reader.user.email },
      originOf(request),
      body.currentPassword,
      body.newPassword,
    );
    setSignInSessionCookies(request, reply, session, clock.now());
    return undefined;
  });
}
