import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();

describe("API responses are never cached", () => {
  it.each([
    ["a signed-in read", "GET", "/api/me"],
    ["a signed-in write", "PATCH", "/api/me"],
    ["an unknown API path", "GET", "/api/nothing-here"],
    ["a refused request", "GET", "/api/admin/users"],
    ["the health check", "GET", "/api/health"],
  ] as const)("%s sends Cache-Control: no-store", async (_, method, url) => {
    const { client } = await signedInPatient(testApp);
    const response = await client.request(
      method,
      url,
      method === "PATCH" ? { displayName: "Sam" } : undefined,
    );
    expect(response.headers["cache-control"]).toBe("no-store");
  });

  it("sign-in and registration answers (they carry the account) are not cached either", async () => {
    const { user, password } = await signedInPatient(testApp);
    const signIn = await testApp
      .client()
      .post("/api/auth/sign-in", { email: user.email, password });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.headers["cache-control"]).toBe("no-store");
  });
});
