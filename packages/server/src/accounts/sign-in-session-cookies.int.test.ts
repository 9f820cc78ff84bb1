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
  return response.cookies.find((cookie) => cookie.name === "pp_session");
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
