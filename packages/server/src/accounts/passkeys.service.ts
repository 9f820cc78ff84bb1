import {
  maxPasskeysPerAccount,
  passkeyChallengeSeconds,
  type Passkey,
  type PasskeyAssertion,
  type PasskeyOptionsResponse,
  type PasskeyRegistrationRequest,
  type User,
} from "@painplan/core";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import { ApiError, fieldError } from "../errors/api-error.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import { PasskeyExistsError, type PasskeysRepository } from "./passkeys.repository.js";
import type { PasskeyChallengePurpose, PasskeyRow } from "./passkeys.tables.js";
import type { SignedIn } from "./accounts.service.js";
import type { SignInSessionService } from "./sign-in-session.service.js";
import type { SignInThrottleService } from "./sign-in-throttle.service.js";
import type { IssuedTrustedDevice, TrustedDeviceService } from "./trusted-device.service.js";
import { toUser } from "./user-view.js";
import type { UsersRepository } from "./users.repository.js";

/**
 * Who the passkeys are for, from the configured public URL: the relying party id is its host
 * name and the expected origin its origin (WebAuthn §5.1.3 and §7.1 step 9), so a passkey made
 * for this instance is refused anywhere else.
 */
export function relyingPartyOf(publicUrl: string): { id: string; origin: string; name: string } {
  const url = new URL(publicUrl);
  return { id: url.hostname, origin: url.origin, name: "PainPlan" };
}

type Dependencies = {
  passkeys: PasskeysRepository;
  users: UsersRepository;
  sessions: SignInSessionService;
  devices: TrustedDeviceService;
  throttle: Pick<SignInThrottleService, "reservePasskeySignInStart">;
  clock: Clock;
  ids: IdSource;
  publicUrl: string;
};

const toBytes = (base64url: string) => new Uint8Array(Buffer.from(base64url, "base64url"));
const toBase64url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");

function transportsOf(row: PasskeyRow): string[] {
  try {
    const parsed: unknown = JSON.parse(row.transports);
    return Array.isArray(parsed) ? parsed.filter((item) => typeof item === "string") : [];
  } catch {
    return [];
  }
}

function toPasskey(row: PasskeyRow): Passkey {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
  };
}

const challengeExpired = () =>
  fieldError(
    "challengeId",
    "This passkey request has expired or was used already. Try again.",
    "validation_failed",
  );
const notRecognised = () =>
  new ApiError(
    "invalid_credentials",
    "That passkey was not recognised. Try again or use your password.",
  );

/**
 * Passkeys: adding one to an account, signing in with one, confirming a grave step with one,
 * listing and removing them. Every challenge is random (from the library), stored with its
 * purpose and account, single use and valid for `passkeyChallengeSeconds`; every assertion's
 * signature counter must move forward (WebAuthn §6.1.1) and is stored with a compare-and-set.
 */
export function passkeyService({
  passkeys,
  users,
  sessions,
  devices,
  throttle,
  clock,
  ids,
  publicUrl,
}: Dependencies) {
  const rp = relyingPartyOf(publicUrl);

  async function storeChallenge(
    purpose: PasskeyChallengePurpose,
    userId: string | null,
    challenge: string,
  ): Promise<string> {
    const now = clock.now();
    const id = ids.newId();
    await passkeys.insertChallenge({
      id,
      user_id: userId,
      purpose,
      challenge,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + passkeyChallengeSeconds * 1000).toISOString(),
      used_at: null,
    });
    return id;
  }

  async function requestOptions(
    purpose: "sign-in" | "confirm",
    userId: string | null,
    allow: PasskeyRow[],
  ): Promise<PasskeyOptionsResponse> {
    const options = await generateAuthenticationOptions({
      rpID: rp.id,
      userVerification: "preferred",
      timeout: passkeyChallengeSeconds * 1000,
      allowCredentials: allow.map((row) => ({
        id: row.id,
        transports: transportsOf(row) as never,
      })),
    });
    const challengeId = await storeChallenge(purpose, userId, options.challenge);
    return { challengeId, options: options as unknown as Record<string, unknown> };
  }

  /**
   * Checks a passkey's answer to a challenge of `purpose` (for `userId`, or for nobody at
   * sign-in): the challenge is consumed first (so it can never be answered twice), then the
   * signature against the stored public key, then the counter moves forward. Returns the
   * passkey's row. Errors: `400` for an unknown, used or expired challenge; `401
   * invalid_credentials` for a passkey that is not (or no longer) there, belongs to someone else,
   * or whose signature or counter does not hold; `409 write_conflict` when a simultaneous use
   * of the same passkey moved the counter first.
   */
  async function verifyAssertion(
    purpose: "sign-in" | "confirm",
    userId: string | null,
    assertion: PasskeyAssertion,
  ): Promise<PasskeyRow> {
    const now = clock.now().toISOString();
    const challenge = await passkeys.consumeChallenge(assertion.challengeId, purpose, userId, now);
    if (challenge === undefined) throw challengeExpired();
    const row = await passkeys.findById(assertion.credential.id);
    if (row === undefined || (userId !== null && row.user_id !== userId)) throw notRecognised();
    const counter = Number(row.counter);
    let verification;
    try {
      verification = await verifyAuthenticationResponse({
        response: assertion.credential,
        expectedChallenge: challenge,
        expectedOrigin: rp.origin,
        expectedRPID: rp.id,
        credential: { id: row.id, publicKey: toBytes(row.public_key), counter },
        requireUserVerification: false,
      });
    } catch {
      throw notRecognised();
    }
    if (!verification.verified) throw notRecognised();
    const next = verification.authenticationInfo.newCounter;
    if (!(await passkeys.advanceCounter(row.id, counter, next, now))) {
      throw new ApiError("write_conflict", "This passkey was used at the same moment. Try again.");
    }
    return row;
  }

  return {
    relyingParty: rp,

    /** Creation options for a new passkey of `user` (its existing ones excluded). */
    async registrationOptions(user: User): Promise<PasskeyOptionsResponse> {
      const existing = await passkeys.listOf(user.id);
      const options = await generateRegistrationOptions({
        rpName: rp.name,
        rpID: rp.id,
        userName: user.email,
        userDisplayName: user.displayName,
        userID: new TextEncoder().encode(user.id),
        attestationType: "none",
        timeout: passkeyChallengeSeconds * 1000,
        excludeCredentials: existing.map((row) => ({ id: row.id, transports: transportsOf(row) })),
        // A discoverable credential: signing in needs no email typed first.
        authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
      });
      const challengeId = await storeChallenge("register", user.id, options.challenge);
      return { challengeId, options: options as unknown as Record<string, unknown> };
    },

    /**
     * Checks the browser's answer to a creation challenge of this person and stores the passkey.
     * Errors: `400` on `challengeId` (unknown, used, expired) or `credential` (does not verify),
     * `409 write_conflict` when this passkey is stored already, `429 quota_exceeded` past
     * `maxPasskeysPerAccount`.
     */
    async register(userId: string, request: PasskeyRegistrationRequest): Promise<Passkey> {
      const now = clock.now().toISOString();
      const challenge = await passkeys.consumeChallenge(
        request.challengeId,
        "register",
        userId,
        now,
      );
      if (challenge === undefined) throw challengeExpired();
      if ((await passkeys.countOf(userId)) >= maxPasskeysPerAccount) {
        throw new ApiError(
          "quota_exceeded",
          `An account can have at most ${maxPasskeysPerAccount} passkeys. Remove one first.`,
        );
      }
      let verification;
      try {
        verification = await verifyRegistrationResponse({
          response: request.credential,
          expectedChallenge: challenge,
          expectedOrigin: rp.origin,
          expectedRPID: rp.id,
          requireUserVerification: false,
        });
      } catch {
        verification = undefined;
      }
      if (verification?.verified !== true) {
        throw fieldError("credential", "This passkey could not be checked. Try again.");
      }
      const { credential } = verification.registrationInfo;
      const row = {
        id: credential.id,
        user_id: userId,
        public_key: toBase64url(credential.publicKey),
        counter: credential.counter,
        transports: JSON.stringify(credential.transports ?? []),
        name: request.name,
        created_at: now,
        last_used_at: null,
      };
      try {
        await passkeys.insert(row);
      } catch (error) {
        if (error instanceof PasskeyExistsError) {
          throw new ApiError("write_conflict", "This passkey is added already.");
        }
        throw error;
      }
      return toPasskey(row);
    },

    async list(userId: string): Promise<Passkey[]> {
      return (await passkeys.listOf(userId)).map(toPasskey);
    },

    /** `404 not_found` when the person has no passkey with this id. */
    async remove(userId: string, passkeyId: string): Promise<void> {
      if (!(await passkeys.remove(userId, passkeyId))) {
        throw new ApiError("not_found", "That passkey was not found.");
      }
    },

    /**
     * Request options for signing in: any passkey of this instance may answer. Each start is
     * charged to the client `address` first (429 `too_many_attempts` past its allowance).
     */
    async signInOptions(address: string): Promise<PasskeyOptionsResponse> {
      await throttle.reservePasskeySignInStart(address);
      return requestOptions("sign-in", null, []);
    },

    /** Request options for confirming a grave step: one of this person's passkeys must answer. */
    async confirmationOptions(userId: string): Promise<PasskeyOptionsResponse> {
      const own = await passkeys.listOf(userId);
      if (own.length === 0) {
        throw new ApiError(
          "bad_request",
          "This account has no passkey; confirm with your password.",
        );
      }
      return requestOptions("confirm", userId, own);
    },

    /**
     * Signs in with a passkey's answer; a new session and device cookie as with a password.
     * Errors as `verifyAssertion` (no account is named by any error).
     */
    async signIn(
      assertion: PasskeyAssertion,
      deviceToken: string | undefined,
    ): Promise<SignedIn & { device: IssuedTrustedDevice }> {
      const row = await verifyAssertion("sign-in", null, assertion);
      const user = await users.findById(row.user_id);
      if (user === undefined) throw notRecognised();
      const session = await sessions.start(user.id);
      return { user: toUser(user), session, device: await devices.issue(user.id, deviceToken) };
    },

    /** Confirms a grave step for `userId` with one of their passkeys (errors as `verifyAssertion`). */
    async confirm(userId: string, assertion: PasskeyAssertion): Promise<void> {
      await verifyAssertion("confirm", userId, assertion);
    },
  };
}

export type PasskeyService = ReturnType<typeof passkeyService>;
