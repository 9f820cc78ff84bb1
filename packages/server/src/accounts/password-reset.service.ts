import { passwordResetPolicy } from "@painplan/core";
import { createHash, randomBytes } from "node:crypto";
import { ApiError } from "../errors/api-error.js";
import type { Clock } from "../system/clock.js";
import type { PasswordHasher } from "./password-hasher.js";
import type { PasswordResetsRepository } from "./password-resets.repository.js";
import type { SignInSessionService } from "./sign-in-session.service.js";
import type { SignInThrottleService } from "./sign-in-throttle.service.js";
import type { TrustedDeviceService } from "./trusted-device.service.js";
import type { UsersRepository } from "./users.repository.js";

/** A reset link's secret, for the person only (by e-mail, or printed for an admin to pass on). */
export type IssuedPasswordReset = { token: string; email: string; expiresAt: Date };

/** Sends the link for `reset` to `reset.email`. */
export type ResetLinkSender = (reset: IssuedPasswordReset) => Promise<void>;

type Dependencies = {
  resets: PasswordResetsRepository;
  users: UsersRepository;
  sessions: SignInSessionService;
  devices: TrustedDeviceService;
  throttle: SignInThrottleService;
  hasher: PasswordHasher;
  clock: Clock;
};

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

export const resetRequestedMessage =
  "If an account uses this email, we have sent it a link to choose a new password. The link works once, for 30 minutes.";

/**
 * Forgotten passwords: a random 256-bit token, stored as SHA-256, single use, valid 30 minutes.
 * Using it sets the new password and ends every session and trusted device of the account.
 */
export function passwordResetService(deps: Dependencies) {
  const { resets, users, sessions, devices, throttle, hasher, clock } = deps;

  /** A reset link for the account of `email`, or `undefined` when no account uses it. */
  async function issue(email: string): Promise<IssuedPasswordReset | undefined> {
    const user = await users.findByEmail(email);
    if (user === undefined) return undefined;
    const token = randomBytes(passwordResetPolicy.tokenBytes).toString("base64url");
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + passwordResetPolicy.lifetimeMs);
    await resets.insert({
      token_hash: hashOf(token),
      user_id: user.id,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      used_at: null,
    });
    return { token, email: user.email, expiresAt };
  }

  return {
    issue,

    /**
     * Mails a link when an account uses `email`; the answer is the same either way. Without
     * e-mail (`send` undefined) it says whom to ask instead (`503 service_unavailable`); past 10
     * requests an hour from one address, `429 too_many_attempts`.
     */
    async requestByEmail(email: string, address: string, send: ResetLinkSender | undefined) {
      if (send === undefined) {
        throw new ApiError(
          "service_unavailable",
          "This PainPlan cannot send e-mail. Ask the person who runs it to reset your password (command: painplan reset-password).",
        );
      }
      await throttle.reserveResetRequest(address);
      const reset = await issue(email);
      if (reset !== undefined) await send(reset);
      return { message: resetRequestedMessage };
    },

    /** `400 reset_link_invalid` when the link is unknown, used or expired. */
    async reset(token: string, newPassword: string): Promise<void> {
      const userId = await resets.consume(hashOf(token), clock.now().toISOString());
      const user = userId === undefined ? undefined : await users.findById(userId);
      if (user === undefined) {
        const message = "This reset link has expired or was already used. Ask for a new one.";
        throw new ApiError("reset_link_invalid", message, {
          fields: [{ path: "token", message }],
        });
      }
      await users.update(
        user.id,
        { password_hash: await hasher.hash(newPassword) },
        clock.now().toISOString(),
      );
      await sessions.endAll(user.id);
      await devices.forgetAll(user.id);
      await throttle.clearAccount(user.email);
    },
  };
}

export type PasswordResetService = ReturnType<typeof passwordResetService>;
