import { loginThrottlePolicy, trustedDevicePolicy } from "@painplan/core";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { useTestApp, type TestApp } from "../testing/test-app.js";
import type { TestClient } from "../testing/test-client.js";

const testApp = useTestApp();
const deviceCookie = "pp_device";

async function lockAccountFromElsewhere(app: TestApp, email: string): Promise<void> {
  for (let attempt = 0; attempt < loginThrottlePolicy.account.maxFailures; attempt += 1) {
    await app
      .client(`10.66.0.${attempt}`)
      .post("/api/auth/sign-in", { email, password: "an attacker's guess" });
  }
}

async function signOut(client: TestClient): Promise<void> {
  expect((await client.post("/api/auth/sign-out")).statusCode).toBe(204);
}

describe("a browser that signed in before keeps working while the account is under attack", () => {
  it("signs in with the right password while strangers are locked out of the account", async () => {
    const { client, user, password } = await signedInPatient(testApp, "10.30.0.1");
    await signOut(client);
    await lockAccountFromElsewhere(testApp, user.email);

    const stranger = await testApp
      .client("10.30.0.2")
      .post("/api/auth/sign-in", { email: user.email, password });
    expect(stranger.statusCode).toBe(429);
    const known = await client.post("/api/auth/sign-in", { email: user.email, password });
    expect(known.statusCode).toBe(200);
  });

  it("signs in from an address that is locked for everyone else", async () => {
    const address = "10.31.0.1";
    const { client, user, password } = await signedInPatient(testApp, address);
    await signOut(client);
    for (let attempt = 0; attempt < loginThrottlePolicy.address.maxFailures; attempt += 1) {
      await testApp
        .client(address)
        .post("/api/auth/sign-in", { email: `guess-${attempt}@example.org`, password: "guess" });
    }
    const blocked = await testApp
      .client(address)
      .post("/api/auth/sign-in", { email: user.email, password });
    expect(blocked.statusCode).toBe(429);
    expect(
      (await client.post("/api/auth/sign-in", { email: user.email, password })).statusCode,
    ).toBe(200);
  });

  it("the device has a small allowance of its own: past it, even it must wait", async () => {
    const { client, user, password } = await signedInPatient(testApp, "10.32.0.1");
    await signOut(client);
    for (let attempt = 0; attempt < loginThrottlePolicy.device.maxFailures; attempt += 1) {
      const wrong = await client.post("/api/auth/sign-in", { email: user.email, password: "oops" });
      expect(wrong.statusCode).toBe(401);
    }
    const locked = await client.post("/api/auth/sign-in", { email: user.email, password });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("a device cookie of another account does not help", async () => {
    const mine = await signedInPatient(testApp, "10.33.0.1");
    const victim = await signedInPatient(testApp, "10.33.0.2");
    await signOut(mine.client);
    await lockAccountFromElsewhere(testApp, victim.user.email);
    const attempt = await mine.client.post("/api/auth/sign-in", {
      email: victim.user.email,
      password: victim.password,
    });
    expect(attempt.statusCode).toBe(429);
  });

  it("an expired device cookie does not help", async () => {
    const { client, user, password } = await signedInPatient(testApp, "10.34.0.1");
    await signOut(client);
    testApp.clock.advance(trustedDevicePolicy.lifetimeMs);
    await lockAccountFromElsewhere(testApp, user.email);
    expect(
      (await client.post("/api/auth/sign-in", { email: user.email, password })).statusCode,
    ).toBe(429);
  });
});

describe("the device cookie", () => {
  it("is random, HttpOnly, expires, and only its SHA-256 is stored", async () => {
    const response = await testApp
      .client("10.35.0.1")
      .post("/api/auth/register", aRegistration().build());
    const cookie = response.cookies.find((entry) => entry.name === deviceCookie);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
    const token = cookie?.value ?? "";
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(cookie?.expires?.getTime()).toBe(
      testApp.clock.now().getTime() + trustedDevicePolicy.lifetimeMs,
    );
    const stored = await testApp.database.db
      .selectFrom("trusted_devices")
      .select("token_hash")
      .execute();
    const hashes = stored.map((row) => row.token_hash);
    expect(hashes).toContain(createHash("sha256").update(token).digest("hex"));
    expect(hashes).not.toContain(token);
  });

  it("stays after sign-out (it says the browser is known, not that anyone is signed in)", async () => {
    const { client } = await signedInPatient(testApp, "10.36.0.1");
    await signOut(client);
    expect(client.cookies.has(deviceCookie)).toBe(true);
    expect((await client.get("/api/me")).statusCode).toBe(401);
  });
});
