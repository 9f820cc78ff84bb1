import { endpoints, passkeyChallengeSeconds } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { softAuthenticator } from "../testing/soft-authenticator.js";
import { useTestApp } from "../testing/test-app.js";
import { optionsFrom, passkeyCeremonies, passkeyPublicUrl } from "./testing/passkeys.js";

const testApp = useTestApp({ publicUrl: passkeyPublicUrl });
const { rp, withPasskey, signInWith } = passkeyCeremonies(testApp);

describe("passkeys", () => {
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
});
