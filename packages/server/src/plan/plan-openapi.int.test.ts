import { describe, expect, it } from "vitest";
import { useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();

describe("OpenAPI", () => {
  it("describes the plan routes", async () => {
    const response = await testApp.client().get("/api/openapi.json");
    expect(response.statusCode).toBe(200);
    const { paths } = response.json<{ paths: Record<string, Record<string, object>> }>();
    const base = "/api/users/{userId}";
    expect(Object.keys(paths[`${base}/plans/{planId}/items/{itemId}`] ?? {}).sort()).toEqual([
      "delete",
      "patch",
    ]);
    expect(Object.keys(paths[`${base}/plan/calendar`] ?? {})).toEqual(["get"]);
    expect(Object.keys(paths[`${base}/plan/goals/{goalId}`] ?? {}).sort()).toEqual([
      "delete",
      "get",
      "put",
    ]);
  });
});
