import { countryFromTimeZone, type Role, type ThrottleLimit, type User } from "@painplan/core";
import { ApiError, fieldError } from "../errors/api-error.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import type { PasswordHasher } from "./password-hasher.js";
import type { SignInSessionService, StartedSignInSession } from "./sign-in-session.service.js";
import type { SignInThrottleService } from "./sign-in-throttle.service.js";
import type { IssuedTrustedDevice, TrustedDeviceService } from "./trusted-device.service.js";
import { toUser } from "./user-view.js";
import { EmailTakenError, type UsersRepository } from "./users.repository.js";

export type NewAccount = {
  email: string;
  password: string;
  displayName: string;
  timeZone: string;
  /** ISO 3166-1 alpha-2 or null (unknown); absent: guessed from the time zone. */
  country?: string | null | undefined;
  role: Role;
};

export type SignedIn = {
  user: User;
  session: StartedSignInSession;
  /** A new device cookie for this browser (it signed in successfully). */
  device: IssuedTrustedDevice;
};

/** Where a password check comes from: the client address and the browser's device cookie. */
export type AttemptOrigin = { address: string; deviceToken: string | undefined };

type Dependencies = {
  users: UsersRepository;
  sessions: SignInSessionService;
  throttle: SignInThrottleService;
  devices: TrustedDeviceService;
  /** New accounts per client address, every attempt counted. */
  registrationLimit: ThrottleLimit;
  hasher: PasswordHasher;
  clock: Clock;
  ids: IdSource;
};

const invalidCredentials = () =>
  new ApiError("invalid_credentials", "That email and password do not match an account.");

export function accountsService({
  users,
  sessions,
  throttle,
  devices,
  registrationLimit,
  hasher,
  clock,
  ids,
}: Dependencies) {
  async function createAccount(account: NewAccount): Promise<User> {
    const now = clock.now().toISOString();
    const row = {
      id: ids.newId(),
      email: account.email,
      password_hash: await hasher.hash(account.password),
      display_name: account.displayName,
      time_zone: account.timeZone,
      country:
        account.country === undefined ? countryFromTimeZone(account.timeZone) : account.country,
      role: account.role,
      created_at: now,
      updated_at: now,
    };
    try {
      await users.insert(row);
    } catch (error) {
      if (error instanceof EmailTakenError) {
        throw fieldError(
          "email",
          "An account with this email already exists. Try signing in.",
          "email_taken",
        );
      }
      throw error;
    }
    return toUser(row);
  }

  /**
   * Checks a signed-in person's password again before a grave step (changing it, erasing the
   * account), under the same throttle as sign-in: the attempt is reserved before the hash is
   * checked. Throws `400 wrong_password` on `field` when it does not match, `429
   * too_many_attempts` past the limits (docs/security.md, "Login throttling").
   */
  async function confirmPassword(
    person: { userId: string; email: string },
    origin: AttemptOrigin,
    password: string,
    field: string,
  ): Promise<void> {
    const trustedDeviceHash = await devices.trustedHashFor(origin.deviceToken, person.userId);
    const attempt = await throttle.reservePasswordCheck({
      email: person.email,
      address: origin.address,
      ...(trustedDeviceHash === undefined ? {} : { trustedDeviceHash }),
    });
    const row = await users.findById(person.userId);
    if (row === undefined || !(await hasher.verify(row.password_hash, password))) {
      const message =
        field === "currentPassword"
          ? "That is not your current password."
          : "That is not your password.";
      throw fieldError(field, message, "wrong_password");
    }
    await attempt.succeeded();
  }

  async function setPassword(userId: string, newPassword: string): Promise<StartedSignInSession> {
    await users.update(
      userId,
      { password_hash: await hasher.hash(newPassword) },
      clock.now().toISOString(),
    );
    return sessions.startAlone(userId);
  }

  return {
    createAccount,

    /** Limited per client address (`429 too_many_attempts` with Retry-After past the limit). */
    async register(account: NewAccount, origin: AttemptOrigin): Promise<SignedIn> {
      await throttle.reserveRegistration(origin.address, registrationLimit);
      const user = await createAccount(account);
      const session = await sessions.start(user.id);
      return { user, session, device: await devices.issue(user.id, origin.deviceToken) };
    },

    /** Same answer, and about the same time, for an unknown email and a wrong password. */
    async signIn(email: string, password: string, origin: AttemptOrigin): Promise<SignedIn> {
      const row = await users.findByEmail(email);
      const trustedDeviceHash =
        row === undefined ? undefined : await devices.trustedHashFor(origin.deviceToken, row.id);
      const attempt = await throttle.reservePasswordCheck({
        email,
        address: origin.address,
        ...(trustedDeviceHash === undefined ? {} : { trustedDeviceHash }),
      });
      const isMatch =
        row === undefined
          ? await hasher.verifyAgainstNothing(password)
          : await hasher.verify(row.password_hash, password);
      if (row === undefined || !isMatch) throw invalidCredentials();
      await attempt.succeeded();
      const session = await sessions.start(row.id);
      return {
        user: toUser(row),
        session,
        device: await devices.issue(row.id, origin.deviceToken),
      };
    },

    async updateProfile(
      userId: string,
      changes: {
        displayName?: string | undefined;
        timeZone?: string | undefined;
        country?: string | null | undefined;
      },
    ): Promise<User> {
      await users.update(
        userId,
        {
          ...(changes.displayName === undefined ? {} : { display_name: changes.displayName }),
          ...(changes.timeZone === undefined ? {} : { time_zone: changes.timeZone }),
          ...(changes.country === undefined ? {} : { country: changes.country }),
        },
        clock.now().toISOString(),
      );
      const row = await users.findById(userId);
      // The account was erased between authentication and this update.
      if (row === undefined) throw new ApiError("unauthenticated", "Please sign in.");
      return toUser(row);
    },

    /**
     * Checks the current password (throttled like sign-in: the attempt is reserved first, then
     * `400 wrong_password`, or `429 too_many_attempts` past the limit), stores the new one, and
     * returns a new sign-in session for this browser: the one it held and every other one end,
     * locking out whoever knew the old password or held an old token.
     */
    confirmPassword,

    async changePassword(
      person: { userId: string; email: string },
      origin: AttemptOrigin,
      currentPassword: string,
      newPassword: string,
    ): Promise<StartedSignInSession> {
      await confirmPassword(person, origin, currentPassword, "currentPassword");
      return setPassword(person.userId, newPassword);
    },

    /**
     * Stores a new password once the person is confirmed another way (a passkey), and returns a
     * new sign-in session for this browser; every other session ends, as in `changePassword`.
     */
    setPassword,
  };
}

export type AccountsService = ReturnType<typeof accountsService>;
