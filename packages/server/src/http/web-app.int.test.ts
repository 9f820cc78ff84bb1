import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../testing/test-app.js";

let testApp: TestApp;
let webDistDir: string;
beforeAll(async () => {
  webDistDir = mkdtempSync(path.join(tmpdir(), "painplan-web-"));
  mkdirSync(path.join(webDistDir, "assets"));
  writeFileSync(path.join(webDistDir, "index.html"), "<!doctype html><title>PainPlan</title>");
  writeFileSync(path.join(webDistDir, "assets", "app-1234.js"), "export {};");
  testApp = await startTestApp({ webDistDir });
});
afterAll(async () => {
  await testApp.close();
  rmSync(webDistDir, { recursive: true, force: true });
});

describe("serving the built web app", () => {
  it("serves index.html for client-side routes, with the strict CSP", async () => {
    const response = await testApp.client().get("/settings");
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("<title>PainPlan</title>");
    expect(response.headers["content-security-policy"]).toContain("script-src 'self'");
  });

  it("serves hashed assets as immutable", async () => {
    const response = await testApp.client().get("/assets/app-1234.js");
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toContain("immutable");
  });

  it("keeps unknown API paths as JSON 404s", async () => {
    const response = await testApp.client().get("/api/unknown");
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: "not_found" } });
  });
});
