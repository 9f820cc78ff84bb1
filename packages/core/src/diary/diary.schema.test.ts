import { describe, expect, it } from "vitest";
import {
  createPainEntryRequestSchema,
  painEntryListQuerySchema,
  updatePainEntryRequestSchema,
} from "./diary.schema.js";

const key = "6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f";

function problems(body: unknown) {
  const result = createPainEntryRequestSchema.safeParse(body);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
}

describe("create pain entry body", () => {
  it("needs only a key and intensity now", () => {
    expect(createPainEntryRequestSchema.parse({ idempotencyKey: key, intensityNow: 0 })).toEqual({
      idempotencyKey: key,
      intensityNow: 0,
    });
  });

  it.each([
    ["intensity above 10", { intensityNow: 11 }, "intensityNow"],
    ["intensity below 0", { intensityNow: -1 }, "intensityNow"],
    ["intensity not whole", { intensityNow: 4.5 }, "intensityNow"],
    ["intensity as text", { intensityNow: "5" }, "intensityNow"],
    ["worst not whole", { worstIntensity: 7.2 }, "worstIntensity"],
    [
      "unknown region",
      { regions: [{ regionId: "tail", intensity: 3, qualities: [] }] },
      "regions.0.regionId",
    ],
    [
      "unknown quality",
      { regions: [{ regionId: "left-sole", intensity: 3, qualities: ["fizzy"] }] },
      "regions.0.qualities.0",
    ],
    [
      "region twice",
      {
        regions: [
          { regionId: "left-sole", intensity: 3, qualities: [] },
          { regionId: "left-sole", intensity: 4, qualities: [] },
        ],
      },
      "regions",
    ],
    [
      "region intensity 11",
      { regions: [{ regionId: "left-sole", intensity: 11, qualities: [] }] },
      "regions.0.intensity",
    ],
    ["time before 1900", { recordedAt: "1899-12-31T23:59:59Z" }, "recordedAt"],
    ["time without offset", { recordedAt: "2026-03-01T10:00:00" }, "recordedAt"],
    ["notes too long", { notes: "x".repeat(2001) }, "notes"],
    ["activity note too long", { activityNote: "x".repeat(501) }, "activityNote"],
    ["tag too long", { triggers: ["x".repeat(41)] }, "triggers.0"],
    ["empty tag", { helpers: ["   "] }, "helpers.0"],
    ["too many tags", { triggers: Array.from({ length: 21 }, (_, i) => `t${i}`) }, "triggers"],
    ["key not a UUID", { idempotencyKey: "abc" }, "idempotencyKey"],
    ["unknown field", { painLevel: 3 }, ""],
  ])("refuses %s", (_title, change, path) => {
    expect(problems({ idempotencyKey: key, intensityNow: 5, ...change })).toContain(path);
  });

  it("accepts the limits exactly and gives readable messages", () => {
    const body = {
      idempotencyKey: key,
      intensityNow: 10,
      notes: "é".repeat(2000),
      triggers: ["x".repeat(40)],
      recordedAt: "1900-01-01T00:00:00Z",
    };
    expect(createPainEntryRequestSchema.safeParse(body).success).toBe(true);
    const result = createPainEntryRequestSchema.safeParse({
      idempotencyKey: key,
      intensityNow: 4.5,
    });
    expect(result.error?.issues[0]?.message).toBe("Use a whole number from 0 to 10.");
  });

  it("stores times as UTC and tags trimmed and without repeats", () => {
    const parsed = createPainEntryRequestSchema.parse({
      idempotencyKey: key,
      intensityNow: 3,
      recordedAt: "2026-03-01T08:30:00+01:00",
      triggers: [" cold  weather", "Cold weather", "stress"],
    });
    expect(parsed.recordedAt).toBe("2026-03-01T07:30:00.000Z");
    expect(parsed.triggers).toEqual(["cold weather", "stress"]);
  });
});

describe("update pain entry body", () => {
  it("needs at least one field and lets optional scores be cleared with null", () => {
    expect(updatePainEntryRequestSchema.safeParse({}).success).toBe(false);
    expect(updatePainEntryRequestSchema.parse({ mood: null })).toEqual({ mood: null });
    expect(updatePainEntryRequestSchema.safeParse({ intensityNow: null }).success).toBe(false);
    expect(updatePainEntryRequestSchema.safeParse({ idempotencyKey: key }).success).toBe(false);
  });
});

describe("pain entry list query", () => {
  it("takes local days and refuses a range that ends before it starts", () => {
    expect(painEntryListQuerySchema.parse({ fromDate: "2026-03-01", limit: "10" })).toMatchObject({
      fromDate: "2026-03-01",
      limit: 10,
    });
    const result = painEntryListQuerySchema.safeParse({
      fromDate: "2026-03-02",
      toDate: "2026-03-01",
    });
    expect(result.error?.issues[0]?.path).toEqual(["toDate"]);
    expect(painEntryListQuerySchema.safeParse({ fromDate: "2026-02-30" }).success).toBe(false);
  });
});
