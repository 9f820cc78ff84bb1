import { endpoints } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { hostileRequests, nestedPaths, schemaKeys } from "./hostile-inputs.js";

const userId = "11111111-1111-4111-8111-111111111111";

describe("hostile request generator", () => {
  it("is deterministic: the same endpoint and base give the same requests", () => {
    const base = { params: { userId }, body: { idempotencyKey: userId, intensityNow: 4 } };
    const first = hostileRequests(endpoints.createPainEntry, base);
    const second = hostileRequests(endpoints.createPainEntry, base);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it("generates body variants only for endpoints with a body, param variants per parameter", () => {
    const labels = hostileRequests(endpoints.getMe, {}).map((request) => request.label);
    expect(labels.some((label) => label.startsWith("body "))).toBe(false);
    expect(labels.some((label) => label.startsWith("param "))).toBe(false);
    expect(labels).toContain("unknown query key");

    const withParams = hostileRequests(endpoints.getPainEntry, {
      params: { userId, entryId: userId },
    }).map((request) => request.label);
    expect(withParams).toContain("param entryId: not a UUID");
    expect(withParams).toContain("param userId: dot-dot slash");
    expect(withParams.some((label) => label.startsWith("whole body"))).toBe(false);
  });

  it("reads the field names from the body schema, including fields the base leaves out", () => {
    expect(schemaKeys(endpoints.createPainEntry.body)).toEqual(
      expect.arrayContaining(["intensityNow", "notes"]),
    );
    const labels = hostileRequests(endpoints.createPainEntry, {
      params: { userId },
      body: { idempotencyKey: userId, intensityNow: 4 },
    }).map((request) => request.label);
    expect(labels).toContain("body notes: NUL character");
    expect(labels).toContain("whole body: over the 64 KB limit");
  });

  it("walks nested fields: object keys and the first item of arrays", () => {
    expect(nestedPaths({ a: [{ b: 1 }], c: 2 })).toEqual([
      ["a", 0],
      ["a", 0, "b"],
    ]);
  });
});
