import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();

describe("CSRF protection", () => {
  it("refuses a signed-in change without the token, with a wrong token, or from another session", async () => {
    const { client } = await signedInPatient(testApp);
    const other = await signedInPatient(testApp);
    const goodToken = client.cookies.get("pp_csrf") ?? "";
    const otherToken = other.client.cookies.get("pp_csrf") ?? "";
    for (const token of [undefined, "forged", otherToken]) {
      client.cookies.delete("pp_csrf");
      if (token !== undefined) client.cookies.set("pp_csrf", token);
      const response = await client.patch("/api/me", { displayName: "Changed by an attacker" });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ error: { code: "csrf_failed" } });
    }
    client.cookies.set("pp_csrf", goodToken);
    expect((await client.get("/api/me")).json()).not.toMatchObject({
      user: { displayName: "Changed by an attacker" },
    });
    expect((await client.patch("/api/me", { displayName: "Me" })).statusCode).toBe(200);
  });

  it("refuses unsafe requests the browser marks as cross-site (login CSRF)", async () => {
    const response = await testApp
      .client()
      .request("POST", "/api/auth/register", aRegistration().build(), {
        headers: { "sec-fetch-site": "cross-site" },
      });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: "csrf_failed" } });
  });
});
