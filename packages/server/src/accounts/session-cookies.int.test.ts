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

describe("session cookies over TLS", () => {
  it("are Secure when the request came over https (TLS at the load balancer)", async () => {
    expect(await sessionCookieOver("https")).toMatchObject({ secure: true, httpOnly: true });
  });

  it("are not Secure on plain http (local use), so the browser keeps them", async () => {
    expect((await sessionCookieOver("http"))?.secure).toBeFalsy();
  });
});
