import type { ErrorBody } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { statusCounts } from "../testing/race.js";
import { useTestApp } from "../testing/test-app.js";
import { passkeySignInStartLimit } from "./sign-in-throttle.service.js";

/**
 * Starting a passkey sign-in is anonymous and stores a challenge: each start from a client
 * address counts against that address's allowance, kept in the database (so every app instance
 * shares it) and reserved before the challenge is made, so simultaneous starts cannot exceed it.
 */
const testApp = useTestApp();
const starts = passkeySignInStartLimit.maxFailures + 10;

const challengeCount = async () =>
  (await testApp.database.db.selectFrom("passkey_challenges").select("id").execute()).length;

describe("passkey sign-in start: a per-address throttle", () => {
  it(`${starts} simultaneous starts from one address: the allowance succeeds, the rest are 429`, async () => {
    const before = await challengeCount();
    const answers = await Promise.all(
      Array.from({ length: starts }, () =>
        testApp.client("10.30.0.1").post("/api/auth/passkey-options"),
      ),
    );
    expect(statusCounts(answers)).toEqual({ 200: passkeySignInStartLimit.maxFailures, 429: 10 });
    const refused = answers.find((answer) => answer.statusCode === 429);
    expect(refused?.json<ErrorBody>().error).toMatchObject({ code: "too_many_attempts" });
    expect(refused?.json<ErrorBody>().error.details?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await challengeCount()).toBe(before + passkeySignInStartLimit.maxFailures);
  });

  it("another address keeps its own allowance, and the window's end gives a full one back", async () => {
    const full = testApp.client("10.30.0.2");
    for (let index = 0; index < passkeySignInStartLimit.maxFailures; index += 1) {
      expect((await full.post("/api/auth/passkey-options")).statusCode).toBe(200);
    }
    expect((await full.post("/api/auth/passkey-options")).statusCode).toBe(429);
    expect((await testApp.client("10.30.0.3").post("/api/auth/passkey-options")).statusCode).toBe(
      200,
    );
    testApp.clock.advance(passkeySignInStartLimit.windowMs);
    expect((await full.post("/api/auth/passkey-options")).statusCode).toBe(200);
  });
});
