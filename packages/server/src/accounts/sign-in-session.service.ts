import { isSignInSessionActive, shouldTouchSignInSession, type Actor } from "@painplan/core";
import type { Clock } from "../system/clock.js";
import type { Authentication } from "../audit/reader.js";
import type { SignInSessionsRepository } from "./sign-in-sessions.repository.js";
import { toUser } from "./user-view.js";
import { hashSignInSessionToken, newSignInSessionToken } from "./sign-in-session-tokens.js";

export type StartedSignInSession = { token: string; createdAt: Date };

export type ResolvedSignInSession = Authentication & {
  createdAt: Date;
  /** The session was just extended: the cookie should be re-sent with a later expiry. */
  wasTouched: boolean;
};

export function signInSessionService(sessions: SignInSessionsRepository, clock: Clock) {
  async function start(userId: string): Promise<StartedSignInSession> {
    const token = newSignInSessionToken();
    const now = clock.now();
    await sessions.insert({
      token_hash: hashSignInSessionToken(token),
      user_id: userId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
    });
    return { token, createdAt: now };
  }

  return {
    start,

    /** A new session for `userId` while every other one ends (after a password change or reset). */
    async startAlone(userId: string): Promise<StartedSignInSession> {
      const session = await start(userId);
      await sessions.deleteOthers(userId, hashSignInSessionToken(session.token));
      return session;
    },

    /** The session for a cookie value, if it exists and has not expired (expired ones are removed). */
    async resolve(token: string): Promise<ResolvedSignInSession | undefined> {
      const tokenHash = hashSignInSessionToken(token);
      const found = await sessions.findWithUser(tokenHash);
      if (found === undefined) return undefined;
      const now = clock.now();
      const times = {
        createdAt: new Date(found.created_at),
        lastSeenAt: new Date(found.last_seen_at),
      };
      if (!isSignInSessionActive(times, now)) {
        await sessions.delete(tokenHash);
        return undefined;
      }
      const wasTouched = shouldTouchSignInSession(times, now);
      if (wasTouched) await sessions.touch(tokenHash, now.toISOString());
      const actor: Actor = { userId: found.user.id, role: found.user.role };
      return {
        actor,
        user: toUser(found.user),
        signInSessionToken: token,
        signInSessionTokenHash: tokenHash,
        createdAt: times.createdAt,
        wasTouched,
      };
    },

    end: (tokenHash: string) => sessions.delete(tokenHash),

    endByToken: (token: string) => sessions.delete(hashSignInSessionToken(token)),

    /** Every session of the person (after a password reset). */
    endAll: (userId: string) => sessions.deleteAllOf(userId),

    endAllOthers: (userId: string, keepTokenHash: string) =>
      sessions.deleteOthers(userId, keepTokenHash),
  };
}

export type SignInSessionService = ReturnType<typeof signInSessionService>;
