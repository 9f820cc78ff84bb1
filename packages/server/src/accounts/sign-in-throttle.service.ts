import { decideLogin, loginThrottlePolicy, windowCutoff, type ThrottleLimit } from "@painplan/core";
import type { Clock } from "../system/clock.js";
import { ApiError } from "../errors/api-error.js";
import type { LoginThrottleRepository } from "./login-throttle.repository.js";

type Keys = { account: string; address: string };

function keysFor(email: string, address: string): Keys {
  return { account: `account:${email}`, address: `address:${address}` };
}

/** Per-account and per-address limits on failed sign-ins, shared by all instances via the DB. */
export function signInThrottleService(store: LoginThrottleRepository, clock: Clock) {
  const limits: Record<keyof Keys, ThrottleLimit> = loginThrottlePolicy;

  return {
    async assertAllowed(email: string, address: string): Promise<void> {
      const keys = keysFor(email, address);
      const now = clock.now();
      for (const kind of ["account", "address"] as const) {
        const decision = decideLogin(await store.find(keys[kind]), limits[kind], now);
        if (!decision.isAllowed) {
          const retryAfterSeconds = Math.ceil(decision.retryAfterMs / 1000);
          throw new ApiError(
            "too_many_attempts",
            `Too many sign-in attempts. Please wait ${Math.ceil(retryAfterSeconds / 60)} minutes and try again.`,
            { retryAfterSeconds },
          );
        }
      }
    },

    async recordFailure(email: string, address: string): Promise<void> {
      const keys = keysFor(email, address);
      const now = clock.now();
      await store.recordFailure(keys.account, now, windowCutoff(limits.account, now));
      await store.recordFailure(keys.address, now, windowCutoff(limits.address, now));
    },

    recordSuccess: (email: string) => store.clear(keysFor(email, "").account),
  };
}

export type SignInThrottleService = ReturnType<typeof signInThrottleService>;
