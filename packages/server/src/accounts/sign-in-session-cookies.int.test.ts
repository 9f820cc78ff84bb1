import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aRegistration } from "../testing/factories.js";
import { startTestApp, type TestApp } from "../testing/test-app.js";

let behindProxy: TestApp;
beforeAll(async () => {
  behindProxy = await startTestApp({ trustProxy: true });
});
afterAll(async () => {
  await behindProxy.close();
});

async function sessionCookieOver(protocol: "http" | "https") {
  const response = await behindProxy
    .client()
    .request("POST", "/api/auth/register", aRegistration().build(), {
      headers: { "x-forwarded-proto": protocol },
    });
  return response.cookies.find((cookie) => cookie.name.endsWith("pp_session"));
}

describe("client address behind a proxy", () => {
  it("with a hop count, takes the address the trusted proxy saw, not one the client claims", async () => {
    const oneHop = await startTestApp({ trustProxy: 1 });
    await oneHop.client("10.0.0.5").request("GET", "/api/health", undefined, {
      headers: { "x-forwarded-for": "6.6.6.6, 203.0.113.9" },
    });
    const logged = oneHop.logLines.join("");
    await oneHop.close();
    expect(logged).toContain('"ip":"203.0.113.9"');
    expect(logged).not.toContain("6.6.6.6");
  });
});

describe("session cookies over TLS", () => {
  it("are Secure when the request came over https (TLS at the load balancer)", async () => {
    expect(await sessionCookieOver("https")).toMatchObject({ secure: true, httpOnly: true });
  });

  it("are not Secure on plain http (local use), so the browser keeps them", async () => {
    expect((await sessionCookieOver("http"))?.secure).toBeFalsy();
  });
});

describe("cookie names over TLS: the __Host- prefix", () => {
  const names = (response: { cookies: { name: string }[] }) =>
    response.cookies.map((cookie) => cookie.name).sort();

  it("over https (trusted proxy) every cookie is __Host-: Secure, Path=/, no Domain", async () => {
    const client = behindProxy.client();
    const https = { headers: { "x-forwarded-proto": "https" } };
    const registered = await client.request(
      "POST",
      "/api/auth/register",
      aRegistration().build(),
      https,
    );
    expect(names(registered)).toEqual(["__Host-pp_csrf", "__Host-pp_device", "__Host-pp_session"]);
    for (const cookie of registered.cookies) {
      expect(cookie).toMatchObject({ secure: true, path: "/" });
      expect(cookie.domain).toBeUndefined();
    }
    // The session is read back under the prefixed name, and CSRF checks use it.
    expect((await client.request("GET", "/api/me", undefined, https)).statusCode).toBe(200);
    const csrf = client.cookies.get("__Host-pp_csrf") ?? "";
    const write = await client.request(
      "PATCH",
      "/api/me",
      { displayName: "Over TLS" },
      { headers: { ...https.headers, "x-csrf-token": csrf } },
    );
    expect(write.statusCode).toBe(200);
  });

  it("when PUBLIC_URL is https, the prefix is used even if the proxy is not trusted", async () => {
    const app = await startTestApp({ publicUrl: "https://pain.example.org" });
    try {
      const client = app.client();
      const registered = await client.post("/api/auth/register", aRegistration().build());
      expect(names(registered)).toEqual([
        "__Host-pp_csrf",
        "__Host-pp_device",
        "__Host-pp_session",
      ]);
      expect(registered.cookies.every((cookie) => cookie.secure === true)).toBe(true);
      expect((await client.get("/api/me")).statusCode).toBe(200);
      expect((await client.post("/api/auth/sign-out")).statusCode).toBe(204);
    } finally {
      await app.close();
    }
  });

  it("on plain http (local use) the names have no prefix", async () => {
    const registered = await behindProxy
      .client()
      .request("POST", "/api/auth/register", aRegistration().build(), {
        headers: { "x-forwarded-proto": "http" },
      });
    expect(names(registered)).toEqual(["pp_csrf", "pp_device", "pp_session"]);
  });
});
