import { loginThrottlePolicy, signInSessionPolicy, type User } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { useTestApp } from "../testing/test-app.js";
import { hashSignInSessionToken } from "./sign-in-session-tokens.js";

const testApp = useTestApp();

describe("registration and sign-in", () => {
  it("registers, signs the person in, and answers /api/me", async () => {
    const client = testApp.client();
    const registration = aRegistration().withTimeZone("america/new_york").build();
    const registered = await client.post("/api/auth/register", registration);
    expect(registered.statusCode).toBe(201);
    const me = await client.get("/api/me");
    expect(me.statusCode).toBe(200);
    expect(me.json<{ user: User }>().user).toMatchObject({
      email: registration.email,
      displayName: registration.displayName,
      timeZone: "America/New_York",
      role: "patient",
    });
    expect(me.body).not.toContain("password");
  });

  it("stores the password as argon2id with the OWASP parameters, never in clear", async () => {
    const { user, password } = await signedInPatient(testApp);
    const row = await testApp.database.db
      .selectFrom("users")
      .select("password_hash")
      .where("id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.password_hash).not.toContain(password);
  });

  it("normalizes the email so sign-in is case-insensitive", async () => {
    const registration = aRegistration().withEmail("Mixed.Case@Example.org").build();
    await testApp.client().post("/api/auth/register", registration);
    const signIn = await testApp.client().post("/api/auth/sign-in", {
      email: " MIXED.case@example.ORG ",
      password: registration.password,
    });
    expect(signIn.statusCode).toBe(200);
  });

  it("refuses a second account with the same email, field error on email", async () => {
    const registration = aRegistration().build();
    await testApp.client().post("/api/auth/register", registration);
    const again = await testApp.client().post("/api/auth/register", registration);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      error: { code: "email_taken", details: { fields: [{ path: "email" }] } },
    });
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    const { user } = await signedInPatient(testApp);
    const unknown = await testApp
      .client("10.0.0.1")
      .post("/api/auth/sign-in", { email: "nobody@example.org", password: "whatever-password" });
    const wrong = await testApp
      .client("10.0.0.2")
      .post("/api/auth/sign-in", { email: user.email, password: "whatever-password" });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.body).toBe(wrong.body);
    expect(unknown.cookies).toEqual([]);
  });

  it("signs out: the session is gone on the server, not just the cookie", async () => {
    const { client } = await signedInPatient(testApp);
    const token = client.cookies.get("pp_session") ?? "";
    expect((await client.post("/api/auth/sign-out")).statusCode).toBe(204);
    expect(client.cookies.has("pp_session")).toBe(false);
    const replay = testApp.client();
    replay.cookies.set("pp_session", token);
    expect((await replay.get("/api/me")).statusCode).toBe(401);
  });
});

describe("sessions", () => {
  it("stores only the SHA-256 of the 256-bit token, in an HttpOnly SameSite=Lax cookie", async () => {
    const client = testApp.client();
    const response = await client.post("/api/auth/register", aRegistration().build());
    const cookie = response.cookies.find((entry) => entry.name === "pp_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    const token = cookie?.value ?? "";
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const stored = await testApp.database.db
      .selectFrom("sign_in_sessions")
      .select("token_hash")
      .execute();
    expect(stored.map((row) => row.token_hash)).toContain(hashSignInSessionToken(token));
    expect(stored.map((row) => row.token_hash)).not.toContain(token);
  });

  it("expires after the idle timeout, and is extended by use", async () => {
    const { client } = await signedInPatient(testApp);
    testApp.clock.advance(signInSessionPolicy.idleTimeoutMs - 60_000);
    expect((await client.get("/api/me")).statusCode).toBe(200);
    testApp.clock.advance(signInSessionPolicy.idleTimeoutMs - 60_000);
    expect((await client.get("/api/me")).statusCode).toBe(200);
    testApp.clock.advance(signInSessionPolicy.idleTimeoutMs + 1);
    expect((await client.get("/api/me")).statusCode).toBe(401);
  });

  it("expires at the absolute timeout even when used every day", async () => {
    const { client } = await signedInPatient(testApp);
    const day = 24 * 60 * 60 * 1000;
    for (let elapsed = day; elapsed < signInSessionPolicy.absoluteTimeoutMs; elapsed += day) {
      testApp.clock.advance(day);
      expect((await client.get("/api/me")).statusCode).toBe(200);
    }
    testApp.clock.advance(day);
    expect((await client.get("/api/me")).statusCode).toBe(401);
  });

  it("a new sign-in in the same browser replaces the previous session", async () => {
    const { client, user, password } = await signedInPatient(testApp);
    const previousToken = client.cookies.get("pp_session") ?? "";
    expect(
      (await client.post("/api/auth/sign-in", { email: user.email, password })).statusCode,
    ).toBe(200);
    expect(client.cookies.get("pp_session")).not.toBe(previousToken);
    const stale = testApp.client();
    stale.cookies.set("pp_session", previousToken);
    expect((await stale.get("/api/me")).statusCode).toBe(401);
  });
});

describe("settings", () => {
  it("updates display name and time zone (canonical IANA spelling)", async () => {
    const { client } = await signedInPatient(testApp);
    const response = await client.patch("/api/me", {
      timeZone: "pacific/auckland",
      displayName: " Ana ",
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ user: User }>().user).toMatchObject({
      timeZone: "Pacific/Auckland",
      displayName: "Ana",
    });
    expect((await client.get("/api/me")).json<{ user: User }>().user.timeZone).toBe(
      "Pacific/Auckland",
    );
  });

  it("changes the password and signs out every other session", async () => {
    const { client, user, password } = await signedInPatient(testApp);
    const otherDevice = testApp.client();
    await otherDevice.post("/api/auth/sign-in", { email: user.email, password });
    const newPassword = "a completely new passphrase";

    const wrong = await client.post("/api/me/password", { currentPassword: "nope", newPassword });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({
      error: { code: "wrong_password", details: { fields: [{ path: "currentPassword" }] } },
    });

    const changed = await client.post("/api/me/password", {
      currentPassword: password,
      newPassword,
    });
    expect(changed.statusCode).toBe(204);
    expect((await client.get("/api/me")).statusCode).toBe(200);
    expect((await otherDevice.get("/api/me")).statusCode).toBe(401);
    const oldSignIn = await testApp
      .client()
      .post("/api/auth/sign-in", { email: user.email, password });
    expect(oldSignIn.statusCode).toBe(401);
    const newSignIn = await testApp
      .client()
      .post("/api/auth/sign-in", { email: user.email, password: newPassword });
    expect(newSignIn.statusCode).toBe(200);
  });
});

describe("sign-in throttling", () => {
  it("locks an account after repeated failures with a clear 429 and Retry-After, then recovers", async () => {
    const { user, password } = await signedInPatient(testApp);
    const limit = loginThrottlePolicy.account;
    for (let attempt = 0; attempt < limit.maxFailures; attempt += 1) {
      const failed = await testApp
        .client(`10.1.0.${attempt}`)
        .post("/api/auth/sign-in", { email: user.email, password: "wrong password!" });
      expect(failed.statusCode).toBe(401);
    }
    const locked = await testApp
      .client("10.1.1.1")
      .post("/api/auth/sign-in", { email: user.email, password });
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ error: { code: "too_many_attempts" } });
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0);

    testApp.clock.advance(limit.windowMs);
    const later = await testApp
      .client("10.1.1.1")
      .post("/api/auth/sign-in", { email: user.email, password });
    expect(later.statusCode).toBe(200);
  });

  it("limits one address trying many accounts", async () => {
    const limit = loginThrottlePolicy.address;
    const attacker = "10.9.9.9";
    for (let attempt = 0; attempt < limit.maxFailures; attempt += 1) {
      await testApp.client(attacker).post("/api/auth/sign-in", {
        email: `guess-${attempt}@example.org`,
        password: "wrong password!",
      });
    }
    const { user, password } = await signedInPatient(testApp);
    const blocked = await testApp
      .client(attacker)
      .post("/api/auth/sign-in", { email: user.email, password });
    expect(blocked.statusCode).toBe(429);
    const elsewhere = await testApp
      .client("10.9.9.10")
      .post("/api/auth/sign-in", { email: user.email, password });
    expect(elsewhere.statusCode).toBe(200);
  });
});
