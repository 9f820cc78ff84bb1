import { endpoints } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../testing/test-app.js";
import { optionsFrom, passkeyCeremonies, passkeyPublicUrl } from "./testing/passkeys.js";

const testApp = useTestApp({ publicUrl: passkeyPublicUrl });
const { withPasskey, signInWith } = passkeyCeremonies(testApp);

describe("passkeys", () => {
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
});
