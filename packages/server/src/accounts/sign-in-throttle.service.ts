import { loginThrottlePolicy, retryAfterMs, type ThrottleLimit } from "@painplan/core";
import type { Clock } from "../system/clock.js";
import { ApiError } from "../errors/api-error.js";
import type { LoginThrottleRepository } from "./login-throttle.repository.js";

/** Reset links asked for per client address. */
export const passwordResetRequestLimit = { maxFailures: 10, windowMs: 60 * 60_000 } as const;

/**
 * Passkey sign-ins started per client address (every start counts: it stores a challenge and
 * names no account). The same allowance as password guesses from one address.
 */
export const passkeySignInStartLimit = loginThrottlePolicy.address;

/** One counter an attempt is charged to, and what a successful attempt does to it. */
type ChargedKey = { key: string; limit: ThrottleLimit; onSuccess: "clear" | "give-back" };

/** A reserved attempt: it already counts as a failure; `succeeded()` undoes that. */
export type ReservedAttempt = { succeeded(): Promise<void> };

/** Who is trying: a browser that signed in to this account before skips the account and address counters. */
export type SignInAttempt = { email: string; address: string; trustedDeviceHash?: string };

function tooManyAttempts(message: string, waitMs: number): ApiError {
  const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new ApiError(
    "too_many_attempts",
    `${message} Please wait ${minutes} ${minutes === 1 ? "minute" : "minutes"} and try again.`,
    { retryAfterSeconds },
  );
}

/**
 * Limits on password checks (sign-in, password change) and on registrations, shared by every app
 * instance through the database. Each attempt is *reserved* before the password is checked, so
 * simultaneous attempts cannot exceed a limit (OWASP Authentication Cheat Sheet).
 */
export function signInThrottleService(store: LoginThrottleRepository, clock: Clock) {
  /** Reserves on every key or on none; throws `429 too_many_attempts` when one is full. */
  async function reserveAll(keys: ChargedKey[], message: string): Promise<ReservedAttempt> {
    const now = clock.now();
    const taken: { charged: ChargedKey; windowStartedAt: Date }[] = [];
    for (const charged of keys) {
      const reservation = await store.reserve(charged.key, charged.limit, now);
      if (!reservation.isReserved) {
        for (const earlier of taken)
          await store.release(earlier.charged.key, earlier.windowStartedAt);
        throw tooManyAttempts(
          message,
          retryAfterMs(reservation.windowStartedAt, charged.limit, now),
        );
      }
      taken.push({ charged, windowStartedAt: reservation.windowStartedAt });
    }
    return {
      async succeeded() {
        for (const { charged, windowStartedAt } of taken) {
          if (charged.onSuccess === "clear") await store.clear(charged.key);
          else await store.release(charged.key, windowStartedAt);
        }
      },
    };
  }

  return {
    /**
     * A password check for `attempt.email`: charged to the account (cleared on success) and the
     * client address (given back on success), or only to the trusted device when there is one.
     */
    reservePasswordCheck(attempt: SignInAttempt): Promise<ReservedAttempt> {
      const keys: ChargedKey[] =
        attempt.trustedDeviceHash === undefined
          ? [
              {
                key: `account:${attempt.email}`,
                limit: loginThrottlePolicy.account,
                onSuccess: "clear",
              },
              {
                key: `address:${attempt.address}`,
                limit: loginThrottlePolicy.address,
                onSuccess: "give-back",
              },
            ]
          : [
              {
                key: `device:${attempt.trustedDeviceHash}`,
                limit: loginThrottlePolicy.device,
                onSuccess: "clear",
              },
            ];
      return reserveAll(keys, "Too many sign-in attempts.");
    },

    /** A password reset proves the person: their account's counter starts again. */
    clearAccount: (email: string) => store.clear(`account:${email}`),

    /** Reset links asked for from one address (every request counts): no mail bombing. */
    async reserveResetRequest(address: string): Promise<void> {
      await reserveAll(
        [{ key: `reset:${address}`, limit: passwordResetRequestLimit, onSuccess: "give-back" }],
        "Too many reset requests from this network.",
      );
    },

    /** Every passkey sign-in started from an address counts (429 `too_many_attempts` when full). */
    async reservePasskeySignInStart(address: string): Promise<void> {
      await reserveAll(
        [
          {
            key: `passkey-start:${address}`,
            limit: passkeySignInStartLimit,
            onSuccess: "give-back",
          },
        ],
        "Too many sign-in attempts from this network.",
      );
    },

    /** Every registration attempt from an address counts, successful or not. */
    async reserveRegistration(address: string, limit: ThrottleLimit): Promise<void> {
      await reserveAll(
        [{ key: `register:${address}`, limit, onSuccess: "give-back" }],
        "Too many new accounts from this network.",
      );
    },
  };
}

export type SignInThrottleService = ReturnType<typeof signInThrottleService>;
