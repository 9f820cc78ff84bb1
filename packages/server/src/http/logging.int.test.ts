import { describe, expect, it } from "vitest";
import { aRegistration } from "../testing/factories.js";
import { startTestApp, useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();

describe("the request log", () => {
  it("is kept for LOG_LEVEL=debug: at the default level requests write no lines", async () => {
    const quiet = await startTestApp({ logLevel: "info" });
    try {
      const response = await quiet.client().get("/api/health");
      expect(response.statusCode).toBe(200);
      expect(quiet.logLines).toEqual([]);
    } finally {
      await quiet.close();
    }
    const client = testApp.client();
    await client.get("/api/health");
    expect(testApp.logLines.join("")).toContain('"path":"/api/health"');
  });

  it("records requests but never bodies, query strings, cookies or personal data", async () => {
    const registration = aRegistration().withEmail("private.person@example.org").build();
    const client = testApp.client();
    await client.post("/api/auth/register", registration);
    await client.get("/api/admin/users?limit=7&secret=query");
    await client.patch("/api/me", { displayName: "Very Private Name" });
    const log = testApp.logLines.join("");
    expect(log).toContain('"path":"/api/auth/register"');
    expect(log).toContain('"statusCode":201');
    for (const secret of [
      registration.password,
      "private.person",
      "Very Private Name",
      "secret=query",
      client.cookies.get("pp_session") ?? "missing-cookie",
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});
