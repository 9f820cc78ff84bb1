import { describe, expect, it } from "vitest";
import { endpointUrl } from "../api/endpoint.js";
import { registerRequestSchema } from "./accounts.schema.js";

const valid = {
  email: "Person@Example.org ",
  password: "x".repeat(12),
  displayName: " Sam ",
  timeZone: "Asia/Tokyo",
  role: "patient",
};

describe("registration schema", () => {
  it("normalizes email and name", () => {
    expect(registerRequestSchema.parse(valid)).toMatchObject({
      email: "person@example.org",
      displayName: "Sam",
    });
  });

  it.each([
    ["password", "x".repeat(11)],
    ["password", "x".repeat(129)],
    ["role", "admin"],
    ["timeZone", "Nowhere/Land"],
    ["email", "person@"],
  ])("refuses %s = %j", (field, value) => {
    const result = registerRequestSchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(field);
  });

  it("refuses unknown fields", () => {
    expect(registerRequestSchema.safeParse({ ...valid, isAdmin: true }).success).toBe(false);
  });
});

describe("endpointUrl", () => {
  it("fills and encodes path parameters", () => {
    expect(endpointUrl("/api/users/:userId/log", { userId: "a/b" })).toBe("/api/users/a%2Fb/log");
    expect(() => endpointUrl("/api/users/:userId", {})).toThrow(/userId/);
  });
});
