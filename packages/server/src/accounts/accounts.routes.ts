import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { Clock } from "../system/clock.js";
import type { AccountsService } from "./accounts.service.js";
import { clearSessionCookies, sessionTokenFrom, setSessionCookies } from "./session-cookies.js";
import type { SessionService } from "./session.service.js";

export function accountsRoutes(
  route: RouteRegistrar,
  accounts: AccountsService,
  sessions: SessionService,
  clock: Clock,
): void {
  route(endpoints.register, async ({ body, request, reply }) => {
    const { user, session } = await accounts.register(body);
    setSessionCookies(request, reply, session, clock.now());
    return { user };
  });

  route(endpoints.signIn, async ({ body, request, reply }) => {
    const { user, session } = await accounts.signIn(body.email, body.password, request.ip);
    // A sign-in replaces any session this browser had (no fixation, no orphaned sessions).
    const previous = sessionTokenFrom(request);
    if (previous !== undefined) await sessions.endByToken(previous);
    setSessionCookies(request, reply, session, clock.now());
    return { user };
  });

  route(endpoints.signOut, async ({ authentication, request, reply }) => {
    await sessions.end(authentication.sessionTokenHash);
    clearSessionCookies(request, reply);
    return undefined;
  });

  route(endpoints.getMe, ({ authentication }) => Promise.resolve({ user: authentication.user }));

  route(endpoints.updateMe, async ({ authentication, body }) => ({
    user: await accounts.updateProfile(authentication.actor.userId, body),
  }));

  route(endpoints.changePassword, async ({ authentication, body }) => {
    await accounts.changePassword(
      authentication.actor.userId,
      authentication.sessionTokenHash,
      body.currentPassword,
      body.newPassword,
    );
    return undefined;
  });
}
