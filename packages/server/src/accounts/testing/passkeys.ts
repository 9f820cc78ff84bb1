import { endpoints, type PasskeyOptionsResponse } from "@painplan/core";
import { expect } from "vitest";
import { signedInPatient, type SignedInClient } from "../../testing/accounts.js";
import { softAuthenticator, type Authenticator } from "../../testing/soft-authenticator.js";
import type { TestApp } from "../../testing/test-app.js";
import type { TestClient } from "../../testing/test-client.js";
import { relyingPartyOf } from "../passkeys.service.js";

/** Where the passkey tests' app is reached: passkeys are bound to its host and origin. */
export const passkeyPublicUrl = "https://pain.example.org";

type Options = PasskeyOptionsResponse & { options: { challenge: string } };

/** Asks `path` for WebAuthn options (registration, sign-in or confirmation); expects 200. */
export async function optionsFrom(client: TestClient, path: string): Promise<Options> {
  const response = await client.post(path, undefined);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Options>();
}

/**
 * The passkey ceremonies of a test app started at `passkeyPublicUrl`, through the API with a
 * software authenticator: its relying party, adding a passkey and signing in with one.
 */
export function passkeyCeremonies(testApp: TestApp) {
  const rp = relyingPartyOf(passkeyPublicUrl);

  /** A person with one passkey added through the API; returns the authenticator holding it. */
  async function withPasskey(person?: SignedInClient) {
    const owner = person ?? (await signedInPatient(testApp));
    const authenticator = softAuthenticator(rp.id, rp.origin);
    const { challengeId, options } = await optionsFrom(
      owner.client,
      endpoints.passkeyRegistrationOptions.path,
    );
    const response = await owner.client.post(endpoints.addPasskey.path, {
      challengeId,
      name: "  My phone ",
      credential: authenticator.register(options),
    });
    expect(response.statusCode, response.body).toBe(201);
    return { owner, authenticator };
  }

  /** Signs in with the passkey `authenticator` holds (a fresh client by default); any answer. */
  async function signInWith(authenticator: Authenticator, client = testApp.client()) {
    const { challengeId, options } = await optionsFrom(client, endpoints.passkeySignInOptions.path);
    const response = await client.post(endpoints.signInWithPasskey.path, {
      challengeId,
      credential: authenticator.assert(options),
    });
    return { client, response };
  }

  return { rp, withPasskey, signInWith };
}
