import { describe, expect, it } from "vitest";
import { useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();

type Operation = { summary?: string; parameters?: { name: string }[]; requestBody?: unknown };
type Document = { paths: Record<string, Record<string, Operation>> };

describe("the diary in the OpenAPI document", () => {
  it("describes every diary path, its filters and its request bodies", async () => {
    const response = await testApp.client().get("/api/openapi.json");
    expect(response.statusCode).toBe(200);
    const { paths } = response.json<Document>();
    const base = "/api/users/{userId}";
    expect(Object.keys(paths[`${base}/pain-profile`] ?? {}).sort()).toEqual(["get", "put"]);
    expect(Object.keys(paths[`${base}/diary/entries/{entryId}`] ?? {}).sort()).toEqual([
      "delete",
      "get",
      "patch",
    ]);
    const list = paths[`${base}/diary/entries`]?.["get"];
    expect(list?.parameters?.map((parameter) => parameter.name)).toEqual(
      expect.arrayContaining(["cursor", "limit", "from", "to", "fromDate", "toDate", "userId"]),
    );
    expect(paths[`${base}/diary/quick-log`]?.["post"]?.requestBody).toBeDefined();
    expect(JSON.stringify(paths)).toContain("A UUID the client makes once per entry.");
  });
});
