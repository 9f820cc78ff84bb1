import { endpoints } from "@painplan/core";
import type { FastifyRequest } from "fastify";
import { logSecurityEvent, securityEvents, type SecurityEvent } from "../audit/security-log.js";
import { ApiError } from "../errors/api-error.js";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { Clock } from "../system/clock.js";
import type { AccountsService, AttemptOrigin } from "./accounts.service.js";
import {
  clearSignInSessionCookies,
  signInSessionTokenFrom,
  setSignInSessionCookies,
  setTrustedDeviceCookie,
  trustedDeviceTokenFrom,
} from "./sign-in-session-cookies.js";
import type { PasskeyService } from "./passkeys.service.js";
import type { SignInSessionService } from "./sign-in-session.service.js";

/** The client address (as the trusted proxies report it) and the browser's device cookie. */
export function originOf(request: FastifyRequest): AttemptOrigin {
  return { address: request.ip, deviceToken: trustedDeviceTokenFrom(request) };
}

/** Runs `action`; when it fails with `code`, logs `event` first (the error still reaches the client). */
async function loggingFailure<T>(
  action: () => Promise<T>,
  failures: Partial<Record<string, () => void>>,
): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof ApiError) failures[error.code]?.();
    throw error;
  }
}

export function accountsRoutes(
  route: RouteRegistrar,
  accounts: AccountsService,
  sessions: SignInSessionService,
  clock: Clock,
  passkeys: PasskeyService,
): void {
  route(endpoints.register, async ({ body, request, reply }) => {
    const { user, session, device } = await accounts.register(body, originOf(request));
    setSignInSessionCookies(request, reply, session, clock.now());
    setTrustedDeviceCookie(request, reply, device);
    return { user };
  });

  route(endpoints.signIn, async ({ body, request, reply }) => {
    const failed = (event: SecurityEvent["event"]) => () => {
      logSecurityEvent(request.log, { event, actorId: null, address: request.ip });
    };
    const { user, session, device } = await loggingFailure(
      () => accounts.signIn(body.email, body.password, originOf(request)),
      {
        invalid_credentials: failed(securityEvents.signInFailed),
        too_many_attempts: failed(securityEvents.signInThrottled),
      },
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
    const actorId = reader.actor.userId;
    const log = (event: SecurityEvent["event"]) => {
      logSecurityEvent(request.log, { event, actorId });
    };
    const refused = () => {
      log(securityEvents.passwordChangeRefused);
    };
    const { passkey } = body;
    const session = await loggingFailure(
      async () => {
        if (passkey === undefined) {
          return accounts.changePassword(
            { userId: actorId, email: reader.user.email },
            originOf(request),
            body.currentPassword ?? "",
            body.newPassword,
          );
        }
        // Confirmed by one of the person's passkeys instead of the current password.
        await passkeys.confirm(actorId, passkey);
        return accounts.setPassword(actorId, body.newPassword);
      },
      {
        wrong_password: refused,
        too_many_attempts: refused,
        invalid_credentials: refused,
      },
    );
    setSignInSessionCookies(request, reply, session, clock.now());
    log(securityEvents.passwordChanged);
    log(securityEvents.otherSessionsEnded);
    return undefined;
  });
}
