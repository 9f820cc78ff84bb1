import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../testing/test-app.js";

/** Vite copies packages/web/public/ into the build as it is: the fixture does the same. */
const webPublicDir = fileURLToPath(new URL("../../../web/public/", import.meta.url));
const indexHtml = "<!doctype html><title>PainPlan</title>";
const assetSource = `export const greeting = "${"hello ".repeat(200)}";`;

/** A build as `vite build` leaves it: every text file beside its .gz and .br (precompress). */
function writeWithCompressed(file: string, content: string): void {
  writeFileSync(file, content);
  writeFileSync(`${file}.gz`, gzipSync(content));
  writeFileSync(`${file}.br`, brotliCompressSync(content));
}

let testApp: TestApp;
let webDistDir: string;
beforeAll(async () => {
  webDistDir = mkdtempSync(path.join(tmpdir(), "painplan-web-"));
  mkdirSync(path.join(webDistDir, "assets"));
  writeWithCompressed(path.join(webDistDir, "index.html"), indexHtml);
  writeWithCompressed(path.join(webDistDir, "assets", "app-1234.js"), assetSource);
  const robots = path.join(webPublicDir, "robots.txt");
  if (existsSync(robots)) copyFileSync(robots, path.join(webDistDir, "robots.txt"));
  testApp = await startTestApp({ webDistDir });
});
afterAll(async () => {
  await testApp.close();
  rmSync(webDistDir, { recursive: true, force: true });
});

const acceptEncoding = (value: string) => ({ headers: { "accept-encoding": value } });

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

  it("serves the brotli file to a browser that accepts br, still immutable", async () => {
    const response = await testApp
      .client()
      .request("GET", "/assets/app-1234.js", undefined, acceptEncoding("gzip, deflate, br"));
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["vary"]).toContain("accept-encoding");
    expect(response.headers["content-type"]).toContain("javascript");
    expect(response.headers["cache-control"]).toContain("immutable");
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(assetSource);
  });

  it("serves the gzip file to a browser that accepts only gzip", async () => {
    const response = await testApp
      .client()
      .request("GET", "/assets/app-1234.js", undefined, acceptEncoding("gzip"));
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(response.rawPayload).toString()).toBe(assetSource);
  });

  it("serves the plain file, varying on accept-encoding, to a client that accepts neither", async () => {
    const response = await testApp
      .client()
      .request("GET", "/assets/app-1234.js", undefined, acceptEncoding("identity"));
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.headers["vary"]).toContain("accept-encoding");
    expect(response.body).toBe(assetSource);
  });

  it.each(["/", "/index.html", "/diary"])(
    "serves %s compressed and never from a stale cache (no-cache)",
    async (url) => {
      const response = await testApp.client().request("GET", url, undefined, acceptEncoding("br"));
      expect(response.statusCode).toBe(200);
      expect(response.headers["cache-control"]).toBe("no-cache");
      expect(response.headers["content-encoding"]).toBe("br");
      expect(brotliDecompressSync(response.rawPayload).toString()).toBe(indexHtml);
    },
  );

  it("answers 404 for a missing asset (a stale tab after an upgrade), not index.html", async () => {
    const response = await testApp.client().get("/assets/app-0000.js");
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).not.toContain("text/html");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("serves robots.txt as a text file", async () => {
    const response = await testApp.client().get("/robots.txt");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/plain");
    expect(response.body).toMatch(/^User-agent: \*/m);
  });

  it("keeps unknown API paths as JSON 404s", async () => {
    const response = await testApp.client().get("/api/unknown");
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: "not_found" } });
  });
});
