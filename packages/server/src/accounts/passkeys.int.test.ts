import { endpoints, endpointUrl, maxPasskeysPerAccount, type User } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { softAuthenticator } from "../testing/soft-authenticator.js";
import { useTestApp } from "../testing/test-app.js";
import { relyingPartyOf } from "./passkeys.service.js";
import { optionsFrom, passkeyCeremonies, passkeyPublicUrl } from "./testing/passkeys.js";

const testApp = useTestApp({ publicUrl: passkeyPublicUrl });
const { rp, withPasskey, signInWith } = passkeyCeremonies(testApp);

describe("passkeys", () => {
  it("the relying party is the public URL's host and origin", () => {
    expect(relyingPartyOf("https://pain.example.org:8443/")).toEqual({
      id: "pain.example.org",
      origin: "https://pain.example.org:8443",
      name: "PainPlan",
    });
  });

  it("registration options name this instance and the person, and exclude their passkeys", async () => {
    const { owner, authenticator } = await withPasskey();
    const { options } = await optionsFrom(owner.client, endpoints.passkeyRegistrationOptions.path);
    expect(options).toMatchObject({
      rp: { id: "pain.example.org", name: "PainPlan" },
      user: { name: owner.user.email, displayName: owner.user.displayName },
      excludeCredentials: [{ id: authenticator.credentialId }],
    });
  });

  it("adds a passkey, lists it (trimmed name, no key material), signs in with it", async () => {
    const { owner, authenticator } = await withPasskey();
    const list = await owner.client.get(endpoints.listPasskeys.path);
    expect(list.json()).toEqual({
      passkeys: [
        {
          id: authenticator.credentialId,
          name: "My phone",
          createdAt: testApp.clock.now().toISOString(),
          lastUsedAt: null,
        },
      ],
    });
    expect(list.body).not.toContain("public");

    const { client, response } = await signInWith(authenticator);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ user: User }>().user.id).toBe(owner.user.id);
    const me = await client.get(endpoints.getMe.path);
    expect(me.statusCode).toBe(200);
    const after = await owner.client.get(endpoints.listPasskeys.path);
    expect(after.json<{ passkeys: { lastUsedAt: string }[] }>().passkeys[0]?.lastUsedAt).toBe(
      testApp.clock.now().toISOString(),
    );
  });

  it("bad input: 400 with field errors and nothing stored", async () => {
    const owner = await signedInPatient(testApp);
    const { challengeId, options } = await optionsFrom(
      owner.client,
      endpoints.passkeyRegistrationOptions.path,
    );
    const credential = softAuthenticator(rp.id, rp.origin).register(options);
    const bad = [
      { challengeId, name: "", credential },
      { challengeId, name: "Phone\u0007", credential },
      { challengeId, name: "Phone", credential: { ...credential, id: "not base64url!" } },
      { challengeId, name: "Phone", credential: { ...credential, type: "password" } },
      { challengeId: "x".repeat(200), name: "Phone", credential },
      { challengeId, name: "Phone" },
    ];
    for (const body of bad) {
      const response = await owner.client.post(endpoints.addPasskey.path, body);
      expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: "validation_failed" } });
    }
    const list = await owner.client.get(endpoints.listPasskeys.path);
    expect(list.json()).toEqual({ passkeys: [] });
    // The challenge was never consumed by bad input: it still works.
    const good = await owner.client.post(endpoints.addPasskey.path, {
      challengeId,
      name: "Phone",
      credential,
    });
    expect(good.statusCode).toBe(201);
  });

  it("a person removes only their own passkeys; a removed passkey no longer signs in", async () => {
    const { owner, authenticator } = await withPasskey();
    const other = await signedInPatient(testApp);
    const path = endpointUrl(endpoints.removePasskey.path, {
      passkeyId: authenticator.credentialId,
    });
    expect((await other.client.request("DELETE", path)).statusCode).toBe(404);
    expect((await signInWith(authenticator)).response.statusCode).toBe(200);
    expect((await owner.client.request("DELETE", path)).statusCode).toBe(204);
    expect((await owner.client.request("DELETE", path)).statusCode).toBe(404);
    expect((await signInWith(authenticator)).response.statusCode).toBe(401);
  });

  it(`at most ${maxPasskeysPerAccount} passkeys an account`, async () => {
    const owner = await signedInPatient(testApp);
    for (let index = 0; index < maxPasskeysPerAccount; index += 1) await withPasskey(owner);
    const { challengeId, options } = await optionsFrom(
      owner.client,
      endpoints.passkeyRegistrationOptions.path,
    );
    const response = await owner.client.post(endpoints.addPasskey.path, {
      challengeId,
      name: "One too many",
      credential: softAuthenticator(rp.id, rp.origin).register(options),
    });
    expect(response.statusCode).toBe(429);
  });
});
