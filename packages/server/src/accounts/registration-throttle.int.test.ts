import { registrationThrottlePolicy } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { aRegistration } from "../testing/factories.js";
import { startTestApp, useTestApp } from "../testing/test-app.js";

const limit = registrationThrottlePolicy;
const testApp = useTestApp({ registrationLimit: limit });

describe("registration is limited per address (the database holds the count)", () => {
  it(`${limit.maxFailures + 20} simultaneous registrations from one address: ${limit.maxFailures} accounts, then 429 with Retry-After`, async () => {
    const address = "10.50.0.1";
    const answers = await Promise.all(
      Array.from({ length: limit.maxFailures + 20 }, () =>
        testApp.client(address).post("/api/auth/register", aRegistration().build()),
      ),
    );
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.filter((status) => status === 201)).toHaveLength(limit.maxFailures);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20);
    const refused = answers.find((answer) => answer.statusCode === 429);
    expect(refused?.json()).toMatchObject({
      error: {
        code: "too_many_attempts",
        message: expect.stringContaining("Too many new accounts") as unknown,
        details: { retryAfterSeconds: expect.any(Number) as unknown },
      },
    });
    expect(Number(refused?.headers["retry-after"])).toBeGreaterThan(0);
    expect(Number(refused?.headers["retry-after"])).toBeLessThanOrEqual(limit.windowMs / 1000);
    expect(refused?.cookies).toEqual([]);

    const elsewhere = await testApp
      .client("10.50.0.2")
      .post("/api/auth/register", aRegistration().build());
    expect(elsewhere.statusCode).toBe(201);
    testApp.clock.advance(limit.windowMs);
    const later = await testApp.client(address).post("/api/auth/register", aRegistration().build());
    expect(later.statusCode).toBe(201);
  });

  it("two app instances on one database share the count", async () => {
    const second = await startTestApp({ database: testApp.database, registrationLimit: limit });
    second.clock.advance(testApp.clock.now().getTime() - second.clock.now().getTime());
    try {
      const address = "10.51.0.1";
      const answers = await Promise.all(
        Array.from({ length: limit.maxFailures + 10 }, (_, index) =>
          (index % 2 === 0 ? testApp : second)
            .client(address)
            .post("/api/auth/register", aRegistration().build()),
        ),
      );
      expect(answers.filter((answer) => answer.statusCode === 201)).toHaveLength(limit.maxFailures);
    } finally {
      await second.close();
    }
  });
});
