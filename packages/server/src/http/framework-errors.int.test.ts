import { errorBodySchema } from "@painplan/core";
import http from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import { bodyLimitBytes } from "../app.js";
import { aRegistration } from "../testing/factories.js";
import { useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();

type Case = {
  title: string;
  method: "GET" | "POST";
  url: string;
  status: number;
  code: string;
  headers?: Record<string, string>;
  payload?: string;
};

const cases: Case[] = [
  {
    title: "broken JSON",
    method: "POST",
    url: "/api/auth/sign-in",
    headers: { "content-type": "application/json" },
    payload: '{"email": ',
    status: 400,
    code: "malformed_json",
  },
  {
    title: "an unsupported media type",
    method: "POST",
    url: "/api/auth/sign-in",
    headers: { "content-type": "application/xml" },
    payload: "<signIn/>",
    status: 415,
    code: "unsupported_media_type",
  },
  {
    title: "a body over the limit",
    method: "POST",
    url: "/api/auth/register",
    headers: { "content-type": "application/json" },
    payload: JSON.stringify({
      ...aRegistration().build(),
      displayName: "x".repeat(bodyLimitBytes),
    }),
    status: 413,
    code: "payload_too_large",
  },
  {
    title: "path traversal on the API docs' files",
    method: "GET",
    url: "/api/docs/static/..",
    status: 403,
    code: "forbidden",
  },
  {
    title: "encoded path traversal on the API docs' files",
    method: "GET",
    url: "/api/docs/static/%2e%2e/%2e%2e/package.json",
    status: 403,
    code: "forbidden",
  },
  {
    title: "bad percent-encoding in the path",
    method: "GET",
    url: "/api/users/%E0%A4%A/access-log",
    status: 400,
    code: "bad_request",
  },
  {
    title: "bad percent-encoding in the query",
    method: "GET",
    url: "/api/admin/users?limit=%E0%A4%A",
    status: 400,
    code: "validation_failed",
  },
  {
    title: "bad percent-encoding in a path without parameters",
    method: "GET",
    url: "/api/me%E0%A4%A",
    status: 400,
    code: "bad_request",
  },
  {
    title: "bad percent-encoding in the docs' file names",
    method: "GET",
    url: "/api/docs/static/%E0%A4%A.js",
    status: 400,
    code: "bad_request",
  },
];

let baseUrl = "";
beforeAll(async () => {
  baseUrl = await testApp.app.listen({ port: 0, host: "127.0.0.1" });
});

/** A real HTTP request with the path exactly as written (no client-side normalisation). */
function overTheWire(testCase: Case): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        hostname,
        port,
        method: testCase.method,
        path: testCase.url,
        headers: { "sec-fetch-site": "same-origin", ...testCase.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() });
        });
      },
    );
    request.on("error", reject);
    request.end(testCase.payload);
  });
}

describe("errors raised by Fastify or a plugin keep their 4xx status and get the API's error body", () => {
  for (const testCase of cases) {
    it(`${testCase.title}: ${testCase.status} ${testCase.code}`, async () => {
      const response = await overTheWire(testCase);
      expect(response.status, response.body).toBe(testCase.status);
      expect(errorBodySchema.parse(JSON.parse(response.body)).error.code).toBe(testCase.code);
      expect(response.body).not.toMatch(/\bat .*\.(ts|js):\d+/);
    });
  }

  it("none of them is logged as an unhandled error", () => {
    expect(testApp.logLines.join("")).not.toContain("unhandled error");
  });
});
