import { loginThrottlePolicy } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { countingHasher } from "../testing/counting-hasher.js";
import { useTestApp } from "../testing/test-app.js";

const hasher = countingHasher();
const testApp = useTestApp({ hasher });
const guesses = 40;

async function concurrently<T>(count: number, attempt: (index: number) => Promise<T>) {
  return Promise.all(Array.from({ length: count }, (_, index) => attempt(index)));
}

describe("sign-in throttling under concurrency (the attempt is reserved before the hash check)", () => {
  it(`${guesses} simultaneous wrong passwords for one account: at most the account limit are checked`, async () => {
    const { user } = await signedInPatient(testApp, "10.20.0.1");
    hasher.reset();
    const answers = await concurrently(guesses, (index) =>
      testApp
        .client(`10.20.1.${index}`)
        .post("/api/auth/sign-in", { email: user.email, password: `wrong guess ${index}` }),
    );
    expect(hasher.verifications()).toBeLessThanOrEqual(loginThrottlePolicy.account.maxFailures);
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.filter((status) => status === 401)).toHaveLength(
      loginThrottlePolicy.account.maxFailures,
    );
    expect(statuses.filter((status) => status === 429)).toHaveLength(
      guesses - loginThrottlePolicy.account.maxFailures,
    );
  });

  it(`${guesses} simultaneous guesses on different accounts from one address: at most the address limit are checked`, async () => {
    hasher.reset();
    const answers = await concurrently(guesses, (index) =>
      testApp.client("10.21.0.1").post("/api/auth/sign-in", {
        email: `someone-${index}@example.org`,
        password: "wrong guess",
      }),
    );
    expect(hasher.verifications()).toBeLessThanOrEqual(loginThrottlePolicy.address.maxFailures);
    expect(answers.filter((answer) => answer.statusCode === 429)).toHaveLength(
      guesses - loginThrottlePolicy.address.maxFailures,
    );
  });

  it("a successful sign-in does not use up the address's allowance", async () => {
    const { user, password } = await signedInPatient(testApp, "10.22.0.1");
    const address = "10.22.0.2";
    for (let attempt = 0; attempt < loginThrottlePolicy.address.maxFailures + 5; attempt += 1) {
      const answer = await testApp
        .client(address)
        .post("/api/auth/sign-in", { email: user.email, password });
      expect(answer.statusCode).toBe(200);
    }
  });
});
