import {
  errorBodySchema,
  therapyDetailResponseSchema,
  therapyIds,
  therapyIdsByKind,
  therapyListResponseSchema,
} from "@painplan/core";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../testing/test-app.js";

const testApp = useTestApp();

async function list(query = "") {
  const response = await testApp.client().get(`/api/therapies${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return therapyListResponseSchema.parse(response.json()).therapies.map((therapy) => therapy.id);
}

describe("GET /api/therapies", () => {
  it("lists the whole library to anyone, in the library's order", async () => {
    expect(await list()).toEqual([...therapyIds]);
  });

  it("sends summaries only, not the long texts", async () => {
    const response = await testApp.client().get("/api/therapies?kind=acupuncture");
    const [first] = response.json<{ therapies: Record<string, unknown>[] }>().therapies;
    expect(Object.keys(first ?? {}).sort()).toEqual(
      [
        "deliveryMode",
        "evidenceCertainty",
        "id",
        "kind",
        "name",
        "summary",
        "typicalFrequency",
        "typicalMinutes",
      ].sort(),
    );
  });

  it("filters by kind and by words", async () => {
    expect(await list("?kind=yoga")).toEqual([...therapyIdsByKind.yoga]);
    expect(await list("?q=Forward%20FOLD")).toEqual([
      "yoga-standing-forward-fold",
      "yoga-seated-forward-fold",
      // Mentioned in its description only: after the matches by name.
      "yoga-childs-pose",
    ]);
    expect(await list("?q=feet")).toContain("yoga-mountain");
    expect(await list("?kind=massage&q=lymph")).toEqual(["manual-lymphatic-drainage"]);
    expect(await list("?q=reiki")).toEqual([]);
  });

  it.each([
    ["an unknown kind", "?kind=reiki", "kind"],
    ["an overlong search", `?q=${"a".repeat(101)}`, "q"],
    ["an unknown parameter", "?sort=name", ""],
  ])("refuses %s with a field error", async (_case, query, field) => {
    const response = await testApp.client().get(`/api/therapies${query}`);
    expect(response.statusCode).toBe(400);
    const { error } = errorBodySchema.parse(response.json());
    expect(error.code).toBe("validation_failed");
    expect(error.details?.fields?.map((f) => f.path)).toContain(field);
  });
});

describe("GET /api/therapies/:therapyId", () => {
  it("gives one therapy in full with the sources it cites", async () => {
    const response = await testApp.client().get("/api/therapies/yoga-cat-cow");
    expect(response.statusCode).toBe(200);
    const { therapy, sources } = therapyDetailResponseSchema.parse(response.json());
    expect(therapy).toMatchObject({ id: "yoga-cat-cow", kind: "yoga", supportedVariant: "chair" });
    expect(sources.map((source) => source.id)).toEqual(therapy.evidence.sources);
    expect(sources[0]?.url).toMatch(/^https:\/\//);
  });

  it("gives an entry without sources an empty list, not an error", async () => {
    const response = await testApp.client().get("/api/therapies/physical-therapy");
    expect(response.statusCode).toBe(200);
    expect(therapyDetailResponseSchema.parse(response.json()).sources).toEqual([]);
  });

  it.each(["reiki", "SWEDISH-MASSAGE", "swedish-massage%20"])(
    "answers 404 with a clear message for %s",
    async (id) => {
      const response = await testApp.client().get(`/api/therapies/${id}`);
      expect(response.statusCode).toBe(404);
      expect(errorBodySchema.parse(response.json()).error).toEqual({
        code: "not_found",
        message: "There is no therapy with this id in the library.",
      });
    },
  );
});

describe("the OpenAPI document", () => {
  it("describes the library's endpoints with their query and response shapes", async () => {
    const response = await testApp.client().get("/api/openapi.json");
    expect(response.statusCode).toBe(200);
    type Document = { paths: Record<string, { get?: { parameters?: { name: string }[] } }> };
    const { paths } = response.json<Document>();
    expect(paths["/api/therapies/{therapyId}"]?.get).toBeDefined();
    const parameters = paths["/api/therapies"]?.get?.parameters ?? [];
    expect(parameters.map((parameter) => parameter.name).sort()).toEqual(["kind", "q"]);
  });
});
