import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { Clock } from "../system/clock.js";
import type { AccountsService } from "./accounts.service.js";
import {
  clearSignInSessionCookies,
  signInSessionTokenFrom,
  setSignInSessionCookies,
} from "./sign-in-session-cookies.js";
import type { SignInSessionService } from "./sign-in-session.service.js";

export function accountsRoutes(
  route: RouteRegistrar,
  accounts: AccountsService,
  sessions: SignInSessionService,
  clock: Clock,
): void {
  route(endpoints.register, async ({ body, request, reply }) => {
    const { user, session } = await accounts.register(body);
    setSignInSessionCookies(request, reply, session, clock.now());
    return { user };
  });

  route(endpoints.signIn, async ({ body, request, reply }) => {
    const { user, session } = await accounts.signIn(body.email, body.password, request.ip);
    // A sign-in replaces any session this browser had (no fixation, no orphaned sessions).
    const previous = signInSessionTokenFrom(request);
    if (previous !== undefined) await sessions.endByToken(previous);
    setSignInSessionCookies(request, reply, session, clock.now());
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

  route(endpoints.changePassword, async ({ reader, body }) => {
    await accounts.changePassword(
      reader.actor.userId,
      reader.signInSessionTokenHash,
      body.currentPassword,
      body.newPassword,
    );
    return undefined;
  });
}
