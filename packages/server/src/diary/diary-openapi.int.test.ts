import { describe, expect, it } from "vitest";
import { useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();

type Operation = {
  summary?: string;
  parameters?: { name: string }[];
  requestBody?: unknown;
  responses?: unknown;
};
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

  it("gives each pain score one shape both ways, its recall period in `x-recall-period`", async () => {
    const document = (await testApp.client().get("/api/openapi.json")).json<Document>();
    const entryPath = document.paths["/api/users/{userId}/diary/entries/{entryId}"];
    const recallPeriodsIn = (schema: unknown) =>
      [...JSON.stringify(schema).matchAll(/"x-recall-period":"([a-z0-9-]+)"/g)].map(
        (match) => match[1],
      );
    const expected = ["now", "last-24h", "last-24h", "last-night", "now"];
    // The PATCH body and the GET answer state the same five scores with the same periods.
    expect(recallPeriodsIn(entryPath?.["patch"]?.requestBody)).toEqual(expected);
    expect(recallPeriodsIn(entryPath?.["get"]?.responses)).toEqual(expected);
  });
});
