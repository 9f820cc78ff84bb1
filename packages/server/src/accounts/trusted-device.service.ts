import { trustedDevicePolicy } from "@painplan/core";
import { randomBytes } from "node:crypto";
import type { Clock } from "../system/clock.js";
import { hashSignInSessionToken } from "./sign-in-session-tokens.js";
import type { TrustedDevicesRepository } from "./trusted-devices.repository.js";

/** A device cookie just issued: the token goes to the browser, its hash to the database. */
export type IssuedTrustedDevice = { token: string; expiresAt: Date };

/**
 * Device cookies (OWASP Authentication Cheat Sheet, "device cookies"): a browser that signed in
 * to an account is recognised on its next sign-in, which is then charged to the device's own
 * allowance rather than to the account's or the address's, so an attacker who locks the account
 * does not lock its owner out.
 */
export function trustedDeviceService(devices: TrustedDevicesRepository, clock: Clock) {
  return {
    /**
     * The stored hash of `token` when it is a live device cookie of `userId`; expired ones are
     * removed. Anything else (absent, unknown, another account's) is `undefined`.
     */
    async trustedHashFor(token: string | undefined, userId: string): Promise<string | undefined> {
      if (token === undefined) return undefined;
      const tokenHash = hashSignInSessionToken(token);
      const device = await devices.find(tokenHash);
      if (device === undefined || device.user_id !== userId) return undefined;
      if (new Date(device.expires_at).getTime() <= clock.now().getTime()) {
        await devices.delete(tokenHash);
        return undefined;
      }
      return tokenHash;
    },

    /** A new device cookie for `userId`; the one the browser held before (if any) is dropped. */
    async issue(userId: string, previousToken: string | undefined): Promise<IssuedTrustedDevice> {
      if (previousToken !== undefined) await devices.delete(hashSignInSessionToken(previousToken));
      const token = randomBytes(trustedDevicePolicy.tokenBytes).toString("base64url");
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + trustedDevicePolicy.lifetimeMs);
      await devices.insert({
        token_hash: hashSignInSessionToken(token),
        user_id: userId,
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
      });
      return { token, expiresAt };
    },

    /** After a password reset, no browser is trusted any more. */
    forgetAll: (userId: string) => devices.deleteForUser(userId),
  };
}

export type TrustedDeviceService = ReturnType<typeof trustedDeviceService>;
