import {
  endpoints,
  endpointUrl,
  maxPasskeysPerAccount,
  passkeyChallengeSeconds,
  type PasskeyOptionsResponse,
  type User,
} from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient, type SignedInClient } from "../testing/accounts.js";
import { race, statusCounts } from "../testing/race.js";
import { softAuthenticator, type Authenticator } from "../testing/soft-authenticator.js";
import { useTestApp } from "../testing/test-app.js";
import type { TestClient } from "../testing/test-client.js";
import { relyingPartyOf } from "./passkeys.service.js";

const publicUrl = "https://pain.example.org";
const testApp = useTestApp({ publicUrl });
const rp = relyingPartyOf(publicUrl);

type Options = PasskeyOptionsResponse & { options: { challenge: string } };

async function optionsFrom(client: TestClient, path: string): Promise<Options> {
  const response = await client.post(path, undefined);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Options>();
}

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

async function signInWith(authenticator: Authenticator, client = testApp.client()) {
  const { challengeId, options } = await optionsFrom(client, endpoints.passkeySignInOptions.path);
  const response = await client.post(endpoints.signInWithPasskey.path, {
    challengeId,
    credential: authenticator.assert(options),
  });
  return { client, response };
}

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

  it("a challenge is single use, expires, and is for one purpose", async () => {
    const { authenticator } = await withPasskey();
    const client = testApp.client();
    const { challengeId, options } = await optionsFrom(client, endpoints.passkeySignInOptions.path);
    const first = await client.post(endpoints.signInWithPasskey.path, {
      challengeId,
      credential: authenticator.assert(options),
    });
    expect(first.statusCode).toBe(200);
    const again = await testApp.client().post(endpoints.signInWithPasskey.path, {
      challengeId,
      credential: authenticator.assert(options),
    });
    expect(again.statusCode).toBe(400);

    const late = await optionsFrom(client, endpoints.passkeySignInOptions.path);
    testApp.clock.advance((passkeyChallengeSeconds + 1) * 1000);
    const expired = await client.post(endpoints.signInWithPasskey.path, {
      challengeId: late.challengeId,
      credential: authenticator.assert(late.options),
    });
    expect(expired.statusCode).toBe(400);
    expect(expired.json()).toMatchObject({
      error: { code: "validation_failed", details: { fields: [{ path: "challengeId" }] } },
    });
  });

  it("refuses a replayed counter, another origin, a wrong challenge and an unknown passkey", async () => {
    const { authenticator } = await withPasskey();
    expect((await signInWith(authenticator)).response.statusCode).toBe(200);
    authenticator.setCounter(0);
    expect((await signInWith(authenticator)).response.json()).toMatchObject({
      error: { code: "invalid_credentials" },
    });

    const client = testApp.client();
    const { challengeId, options } = await optionsFrom(client, endpoints.passkeySignInOptions.path);
    const phishing = await client.post(endpoints.signInWithPasskey.path, {
      challengeId,
      credential: authenticator.assert(options, "https://pain.example.org.evil.test"),
    });
    expect(phishing.statusCode).toBe(401);

    const other = await optionsFrom(client, endpoints.passkeySignInOptions.path);
    const wrongChallenge = await client.post(endpoints.signInWithPasskey.path, {
      challengeId: other.challengeId,
      credential: authenticator.assert({ challenge: "c29tZXRoaW5nIGVsc2U" }),
    });
    expect(wrongChallenge.statusCode).toBe(401);

    const stranger = softAuthenticator(rp.id, rp.origin);
    expect((await signInWith(stranger)).response.statusCode).toBe(401);
    expect(testApp.logLines.join("\n")).toContain("sign-in");
  });

  it("refuses a registration answer for another challenge, origin or person; a second add of the same passkey is 409", async () => {
    const owner = await signedInPatient(testApp);
    const other = await signedInPatient(testApp);
    const authenticator = softAuthenticator(rp.id, rp.origin);
    const mine = await optionsFrom(owner.client, endpoints.passkeyRegistrationOptions.path);
    const stolen = await other.client.post(endpoints.addPasskey.path, {
      challengeId: mine.challengeId,
      name: "Phone",
      credential: authenticator.register(mine.options),
    });
    expect(stolen.statusCode).toBe(400);
    const wrongOrigin = await optionsFrom(owner.client, endpoints.passkeyRegistrationOptions.path);
    const refused = await owner.client.post(endpoints.addPasskey.path, {
      challengeId: wrongOrigin.challengeId,
      name: "Phone",
      credential: authenticator.register(wrongOrigin.options, "http://pain.example.org"),
    });
    expect(refused.json()).toMatchObject({
      error: { code: "validation_failed", details: { fields: [{ path: "credential" }] } },
    });
    const add = async () => {
      const { challengeId, options } = await optionsFrom(
        owner.client,
        endpoints.passkeyRegistrationOptions.path,
      );
      return owner.client.post(endpoints.addPasskey.path, {
        challengeId,
        name: "Phone",
        credential: authenticator.register(options),
      });
    };
    expect((await add()).statusCode).toBe(201);
    const second = await add();
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ error: { code: "write_conflict" } });
    const list = await owner.client.get(endpoints.listPasskeys.path);
    expect(list.json<{ passkeys: unknown[] }>().passkeys).toHaveLength(1);
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

  it("erasing the account is confirmed with a passkey of that account, not another's", async () => {
    const { owner, authenticator } = await withPasskey();
    const { authenticator: theirs } = await withPasskey();
    const confirm = await optionsFrom(owner.client, endpoints.passkeyConfirmationOptions.path);
    expect(confirm.options).toMatchObject({
      allowCredentials: [{ id: authenticator.credentialId }],
    });
    const wrong = await owner.client.post(endpoints.eraseMe.path, {
      passkey: { challengeId: confirm.challengeId, credential: theirs.assert(confirm.options) },
    });
    expect(wrong.statusCode).toBe(401);
    expect((await owner.client.get(endpoints.getMe.path)).statusCode).toBe(200);

    const both = await owner.client.post(endpoints.eraseMe.path, {
      password: owner.password,
      passkey: {
        challengeId: confirm.challengeId,
        credential: authenticator.assert(confirm.options),
      },
    });
    expect(both.statusCode).toBe(400);
    const neither = await owner.client.post(endpoints.eraseMe.path, {});
    expect(neither.json()).toMatchObject({
      error: { details: { fields: [{ path: "password" }] } },
    });

    const fresh = await optionsFrom(owner.client, endpoints.passkeyConfirmationOptions.path);
    const erased = await owner.client.post(endpoints.eraseMe.path, {
      passkey: { challengeId: fresh.challengeId, credential: authenticator.assert(fresh.options) },
    });
    expect(erased.statusCode, erased.body).toBe(204);
    const rows = await testApp.database.db
      .selectFrom("passkeys")
      .select("id")
      .where("user_id", "=", owner.user.id)
      .execute();
    expect(rows).toEqual([]);
    expect((await signInWith(authenticator)).response.statusCode).toBe(401);
  });

  it("a new password confirmed with a passkey instead of the current one", async () => {
    const { owner, authenticator } = await withPasskey();
    const { authenticator: theirs } = await withPasskey();
    const newPassword = "a brand new long passphrase";
    const refused = await optionsFrom(owner.client, endpoints.passkeyConfirmationOptions.path);
    const wrong = await owner.client.post(endpoints.changePassword.path, {
      newPassword,
      passkey: { challengeId: refused.challengeId, credential: theirs.assert(refused.options) },
    });
    expect(wrong.statusCode).toBe(401);
    const stillOld = await testApp.client().post(endpoints.signIn.path, {
      email: owner.user.email,
      password: owner.password,
    });
    expect(stillOld.statusCode).toBe(200);

    const confirm = await optionsFrom(owner.client, endpoints.passkeyConfirmationOptions.path);
    const changed = await owner.client.post(endpoints.changePassword.path, {
      newPassword,
      passkey: {
        challengeId: confirm.challengeId,
        credential: authenticator.assert(confirm.options),
      },
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await owner.client.get(endpoints.getMe.path)).statusCode).toBe(200);
    const withNew = await testApp.client().post(endpoints.signIn.path, {
      email: owner.user.email,
      password: newPassword,
    });
    expect(withNew.statusCode).toBe(200);
    const neither = await owner.client.post(endpoints.changePassword.path, { newPassword });
    expect(neither.json()).toMatchObject({
      error: { details: { fields: [{ path: "currentPassword" }] } },
    });
  });

  it("a sign-in challenge cannot confirm a grave step", async () => {
    const { owner, authenticator } = await withPasskey();
    const signIn = await optionsFrom(testApp.client(), endpoints.passkeySignInOptions.path);
    const response = await owner.client.post(endpoints.eraseMe.path, {
      passkey: {
        challengeId: signIn.challengeId,
        credential: authenticator.assert(signIn.options),
      },
    });
    expect(response.statusCode).toBe(400);
    expect((await owner.client.get(endpoints.getMe.path)).statusCode).toBe(200);
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

  describe("races", () => {
    it("one challenge answered many times at once: exactly one sign-in", async () => {
      const { authenticator } = await withPasskey();
      const client = testApp.client();
      const { challengeId, options } = await optionsFrom(
        client,
        endpoints.passkeySignInOptions.path,
      );
      const credential = authenticator.assert(options);
      const responses = await race(
        () => testApp.client().post(endpoints.signInWithPasskey.path, { challengeId, credential }),
        { alsoAllowed: [400] },
      );
      expect(statusCounts(responses)[200]).toBe(1);
    });

    it("one passkey used for many sign-ins at once: each succeeds or is 409, never a 500", async () => {
      const { authenticator } = await withPasskey();
      const prepared = await Promise.all(
        Array.from({ length: 10 }, () =>
          optionsFrom(testApp.client(), endpoints.passkeySignInOptions.path),
        ),
      );
      // Every answer signed with the same counter value: only one may move the counter.
      const counterBefore = 5;
      const answers = prepared.map(({ challengeId, options }) => {
        authenticator.setCounter(counterBefore);
        return { challengeId, credential: authenticator.assert(options) };
      });
      const responses = await race(
        (index) => testApp.client().post(endpoints.signInWithPasskey.path, answers[index]),
        { count: answers.length, alsoAllowed: [401] },
      );
      expect(statusCounts(responses)[200]).toBe(1);
    });

    it("the same passkey added twice at once: one 201, the rest 409", async () => {
      const owner = await signedInPatient(testApp);
      const authenticator = softAuthenticator(rp.id, rp.origin);
      const prepared = await Promise.all(
        Array.from({ length: 8 }, () =>
          optionsFrom(owner.client, endpoints.passkeyRegistrationOptions.path),
        ),
      );
      const responses = await race(
        (index) => {
          const prepare = prepared[index];
          if (prepare === undefined) throw new Error("No options prepared.");
          const { challengeId, options } = prepare;
          return owner.client.post(endpoints.addPasskey.path, {
            challengeId,
            name: "Phone",
            credential: authenticator.register(options),
          });
        },
        { count: prepared.length },
      );
      expect(statusCounts(responses)[201]).toBe(1);
    });

    it("removing one passkey many times at once: one 204, the rest 404", async () => {
      const { owner, authenticator } = await withPasskey();
      const path = endpointUrl(endpoints.removePasskey.path, {
        passkeyId: authenticator.credentialId,
      });
      const responses = await race(() => owner.client.request("DELETE", path), {
        alsoAllowed: [404],
      });
      expect(statusCounts(responses)[204]).toBe(1);
    });
  });
});
