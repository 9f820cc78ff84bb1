import { loginThrottlePolicy } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { countingHasher } from "../testing/counting-hasher.js";
import { useTestApp } from "../testing/test-app.js";

const hasher = countingHasher();
const testApp = useTestApp({ hasher });
const newPassword = "a completely new passphrase";

describe("changing the password is throttled like sign-in", () => {
  it("25 guesses of the current password: 5 answered, then 429 with Retry-After", async () => {
    const { client } = await signedInPatient(testApp, "10.40.0.1");
    const statuses: number[] = [];
    for (let guess = 0; guess < 25; guess += 1) {
      const answer = await client.post("/api/me/password", {
        currentPassword: `guess ${guess}`,
        newPassword,
      });
      statuses.push(answer.statusCode);
      if (answer.statusCode === 429) {
        expect(answer.json()).toMatchObject({ error: { code: "too_many_attempts" } });
        expect(Number(answer.headers["retry-after"])).toBeGreaterThan(0);
      }
    }
    const allowed = loginThrottlePolicy.device.maxFailures;
    expect(statuses.slice(0, allowed)).toEqual(Array<number>(allowed).fill(400));
    expect(statuses.slice(allowed)).toEqual(Array<number>(25 - allowed).fill(429));
  });

  it("without a device cookie the account's counter applies, shared with sign-in", async () => {
    const { client, user } = await signedInPatient(testApp, "10.41.0.1");
    client.cookies.delete("pp_device");
    for (let guess = 0; guess < loginThrottlePolicy.account.maxFailures; guess += 1) {
      await testApp
        .client(`10.41.1.${guess}`)
        .post("/api/auth/sign-in", { email: user.email, password: "an attacker's guess" });
    }
    const answer = await client.post("/api/me/password", { currentPassword: "x", newPassword });
    expect(answer.statusCode).toBe(429);
  });

  it("20 simultaneous guesses reach the hash at most 5 times", async () => {
    const { client } = await signedInPatient(testApp, "10.42.0.1");
    hasher.reset();
    await Promise.all(
      Array.from({ length: 20 }, (_, guess) =>
        client.post("/api/me/password", { currentPassword: `guess ${guess}`, newPassword }),
      ),
    );
    expect(hasher.verifications()).toBeLessThanOrEqual(loginThrottlePolicy.device.maxFailures);
  });
});

describe("a changed password", () => {
  it("gives this browser a new sign-in session token; the old token and other sessions end", async () => {
    const { client, user, password } = await signedInPatient(testApp, "10.43.0.1");
    const otherDevice = testApp.client("10.43.0.2");
    await otherDevice.post("/api/auth/sign-in", { email: user.email, password });
    const oldToken = client.cookies.get("pp_session") ?? "";

    const changed = await client.post("/api/me/password", {
      currentPassword: password,
      newPassword,
    });
    expect(changed.statusCode).toBe(204);
    const newToken = client.cookies.get("pp_session") ?? "";
    expect(newToken).not.toBe(oldToken);
    expect(newToken).not.toBe("");
    expect((await client.get("/api/me")).statusCode).toBe(200);
    expect((await client.patch("/api/me", { displayName: "Still me" })).statusCode).toBe(200);

    const stale = testApp.client("10.43.0.3");
    stale.cookies.set("pp_session", oldToken);
    expect((await stale.get("/api/me")).statusCode).toBe(401);
    expect((await otherDevice.get("/api/me")).statusCode).toBe(401);
  });
});
