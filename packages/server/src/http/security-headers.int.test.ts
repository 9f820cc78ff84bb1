import { endpoints } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();

describe("security headers and the API description", () => {
  it("sends a strict CSP, no referrer, nosniff and no framing", async () => {
    const response = await testApp.client().get("/api/health");
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-frame-options"]).toBe("DENY");
  });

  it("reports the database in /api/health", async () => {
    const response = await testApp.client().get("/api/health");
    expect(response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("describes every endpoint of the contract in /api/openapi.json", async () => {
    const document = (await testApp.client().get("/api/openapi.json")).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    for (const endpoint of Object.values(endpoints)) {
      const openApiPath = endpoint.path.replace(/:([A-Za-z]+)/g, "{$1}");
      expect(document.paths[openApiPath], openApiPath).toHaveProperty(
        endpoint.method.toLowerCase(),
      );
    }
  });

  it("serves browsable API docs", async () => {
    const response = await testApp.client().get("/api/docs/");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|https:/);
  });
});
