import type { EndpointName } from "@painplan/core";
import { aRegistration } from "../../testing/factories.js";
import { open, signedIn, type Row } from "./matrix-row.js";

type AccountEndpoint = Extract<
  EndpointName,
  | "health"
  | "register"
  | "signIn"
  | "signOut"
  | "getMe"
  | "updateMe"
  | "changePassword"
  | "eraseMe"
  | "requestPasswordReset"
  | "resetPassword"
  | "getAccessLog"
  | "listUsers"
  | "passkeyRegistrationOptions"
  | "addPasskey"
  | "listPasskeys"
  | "removePasskey"
  | "passkeyConfirmationOptions"
  | "passkeySignInOptions"
  | "signInWithPasskey"
>;

/** A well-formed passkey answer that no authenticator made (the server refuses its challenge). */
const fakeAssertion = {
  challengeId: "no-such-challenge",
  credential: {
    id: "AAAA",
    rawId: "AAAA",
    type: "public-key",
    response: { clientDataJSON: "e30", authenticatorData: "AAAA", signature: "AAAA" },
    clientExtensionResults: {},
  },
};

export const accountRows = {
  health: { call: () => ({}), expected: open(200) },
  register: { call: () => ({ body: aRegistration().build() }), expected: open(201) },
  signIn: {
    call: ({ self, owner }) => {
      const account = self ?? owner;
      return { body: { email: account.user.email, password: account.password } };
    },
    expected: open(200),
  },
  signOut: { call: () => ({}), expected: signedIn(204) },
  getMe: { call: () => ({}), expected: signedIn(200) },
  updateMe: { call: () => ({ body: { timeZone: "Asia/Tokyo" } }), expected: signedIn(200) },
  changePassword: {
    call: ({ self }) => ({
      body: {
        currentPassword: self?.password ?? "irrelevant password",
        newPassword: "another long passphrase",
      },
    }),
    expected: signedIn(204),
  },
  eraseMe: {
    // Each cell has its own accounts: the caller erases only itself.
    call: ({ self }) => ({ body: { password: self?.password ?? "irrelevant password" } }),
    expected: signedIn(204),
  },
  // The matrix's app has no SMTP server: the answer says e-mail is not set up, to everyone.
  requestPasswordReset: {
    call: ({ owner }) => ({ body: { email: owner.user.email } }),
    expected: open(503),
  },
  resetPassword: {
    call: () => ({ body: { token: "not-a-real-token", newPassword: "another long passphrase" } }),
    expected: open(400),
  },
  getAccessLog: {
    call: ({ owner }) => ({ params: { userId: owner.user.id } }),
    expected: { anonymous: 401, owner: 200, other: 404, practitioner: 404, admin: 200 },
  },
  listUsers: {
    call: () => ({ query: "?limit=5" }),
    expected: { anonymous: 401, owner: 403, other: 403, practitioner: 403, admin: 200 },
  },
  // Passkeys: each account reaches only its own (the id is looked up within the caller's).
  passkeyRegistrationOptions: { call: () => ({}), expected: signedIn(200) },
  addPasskey: {
    call: () => ({
      body: {
        challengeId: "no-such-challenge",
        name: "My phone",
        credential: {
          id: "AAAA",
          rawId: "AAAA",
          type: "public-key",
          response: { clientDataJSON: "e30", attestationObject: "AAAA" },
          clientExtensionResults: {},
        },
      },
    }),
    expected: signedIn(400),
  },
  listPasskeys: { call: () => ({}), expected: signedIn(200) },
  removePasskey: {
    call: () => ({ params: { passkeyId: "no-such-passkey" } }),
    expected: signedIn(404),
  },
  // Nobody in the matrix has a passkey: there is nothing to confirm with.
  passkeyConfirmationOptions: { call: () => ({}), expected: signedIn(400) },
  passkeySignInOptions: { call: () => ({}), expected: open(200) },
  signInWithPasskey: { call: () => ({ body: fakeAssertion }), expected: open(400) },
} satisfies Record<AccountEndpoint, Row>;
