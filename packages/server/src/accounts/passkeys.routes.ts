import { endpoints } from "@painplan/core";
import { logSecurityEvent, securityEvents } from "../audit/security-log.js";
import { ApiError } from "../errors/api-error.js";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { Clock } from "../system/clock.js";
import type { PasskeyService } from "./passkeys.service.js";
import {
  setSignInSessionCookies,
  setTrustedDeviceCookie,
  signInSessionTokenFrom,
  trustedDeviceTokenFrom,
} from "./sign-in-session-cookies.js";
import type { SignInSessionService } from "./sign-in-session.service.js";

/** Passkeys: add, list and remove (signed in), sign in with one (anonymous), confirm with one. */
export function passkeysRoutes(
  route: RouteRegistrar,
  passkeys: PasskeyService,
  sessions: SignInSessionService,
  clock: Clock,
): void {
  route(endpoints.passkeyRegistrationOptions, ({ reader }) =>
    passkeys.registrationOptions(reader.user),
  );

  route(endpoints.addPasskey, async ({ reader, body }) => ({
    passkey: await passkeys.register(reader.user.id, body),
  }));

  route(endpoints.listPasskeys, async ({ reader }) => ({
    passkeys: await passkeys.list(reader.user.id),
  }));

  route(endpoints.removePasskey, async ({ reader, params }) => {
    await passkeys.remove(reader.user.id, params.passkeyId);
    return undefined;
  });

  route(endpoints.passkeyConfirmationOptions, ({ reader }) =>
    passkeys.confirmationOptions(reader.user.id),
  );

  route(endpoints.passkeySignInOptions, async ({ request }) => {
    try {
      return await passkeys.signInOptions(request.ip);
    } catch (error) {
      if (error instanceof ApiError && error.code === "too_many_attempts") {
        logSecurityEvent(request.log, {
          event: securityEvents.signInThrottled,
          actorId: null,
          address: request.ip,
        });
      }
      throw error;
    }
  });

  route(endpoints.signInWithPasskey, async ({ body, request, reply }) => {
    let signedIn;
    try {
      signedIn = await passkeys.signIn(body, trustedDeviceTokenFrom(request));
    } catch (error) {
      if (error instanceof ApiError && error.code === "invalid_credentials") {
        logSecurityEvent(request.log, {
          event: securityEvents.signInFailed,
          actorId: null,
          address: request.ip,
        });
      }
      throw error;
    }
    // A sign-in replaces any session this browser had (no fixation, no orphaned sessions).
    const previous = signInSessionTokenFrom(request);
    if (previous !== undefined) await sessions.endByToken(previous);
    setSignInSessionCookies(request, reply, signedIn.session, clock.now());
    setTrustedDeviceCookie(request, reply, signedIn.device);
    return { user: signedIn.user };
  });
}
