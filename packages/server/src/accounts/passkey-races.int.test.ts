import { endpoints, endpointUrl } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { race, statusCounts } from "../testing/race.js";
import { softAuthenticator } from "../testing/soft-authenticator.js";
import { useTestApp } from "../testing/test-app.js";
import { optionsFrom, passkeyCeremonies, passkeyPublicUrl } from "./testing/passkeys.js";

const testApp = useTestApp({ publicUrl: passkeyPublicUrl });
const { rp, withPasskey } = passkeyCeremonies(testApp);

describe("passkeys", () => {
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
