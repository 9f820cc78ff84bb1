import { endpoints } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { responseSerializerCompiler, ResponseShapeError } from "./response-serializer.js";

function serializerOf(schema: z.ZodType) {
  return responseSerializerCompiler({ schema, method: "GET", url: "/test" });
}

const user = {
  id: "0b9f6f0e-3c1e-4a53-9a7c-1f1d2b3c4d5e",
  email: "ada@example.org",
  displayName: "Ada",
  timeZone: "Europe/London",
  country: "GB",
  role: "patient",
  createdAt: "2026-03-01T10:00:00.000Z",
};

const entry = {
  id: "5d1c7e3a-8f2b-4c6d-9e0f-1a2b3c4d5e6f",
  recordedAt: "2026-03-01T10:00:00.000Z",
  timeZone: "Europe/London",
  localDate: "2026-03-01",
  localTime: "10:00",
  intensityNow: 6,
  averageIntensity: null,
  worstIntensity: 8,
  sleepInterference: null,
  mood: 4,
  regions: [{ regionId: "left-sole", intensity: 7, qualities: ["burning", "tingling"] }],
  activityNote: 'Walked "far", rested\nafter.',
  triggers: ["cold weather"],
  helpers: [],
  notes: "",
  origin: "quick-log",
  createdAt: "2026-03-01T10:00:00.000Z",
  updatedAt: "2026-03-01T10:00:00.000Z",
};

describe("the response serializer", () => {
  it("writes what zod's parse and JSON.stringify would, for the contract's answers", () => {
    const withExtras = { ...entry, user_id: "owner", deleted_at: null };
    const cases = [
      [endpoints.getMe.response, { user }],
      [endpoints.quickLogPain.response, entry],
      [endpoints.listPainEntries.response, { items: [entry, entry], nextCursor: "abc" }],
      [endpoints.listPainEntries.response, { items: [], nextCursor: null }],
      [endpoints.listPainEntries.response, { items: [entry, withExtras], nextCursor: null }],
      [endpoints.getMe.response, { user: { ...user, password_hash: "x" } }],
    ] as const;
    for (const [schema, value] of cases) {
      const written = serializerOf(schema)(value);
      expect(JSON.parse(written)).toEqual(JSON.parse(JSON.stringify(schema.parse(value))));
    }
  });

  it("leaves out keys the schema does not name, at every depth", () => {
    const row = { ...user, password_hash: "$argon2id$secret" };
    const page = { items: [{ ...entry, user_id: "owner", deleted_at: null }], nextCursor: null };
    const me = serializerOf(endpoints.getMe.response)({ user: row, session: "token" });
    const list = serializerOf(endpoints.listPainEntries.response)(page);
    expect(me).not.toMatch(/password_hash|argon2|session|token/);
    expect(JSON.parse(me)).toEqual({ user });
    expect(list).not.toMatch(/user_id|deleted_at/);
  });

  it("refuses an answer that is not an object or a list where one is promised", () => {
    const me = serializerOf(endpoints.getMe.response);
    expect(() => me({ user: "Ada" })).toThrow(ResponseShapeError);
    expect(() => me(null)).toThrow(ResponseShapeError);
    const list = serializerOf(endpoints.listPainEntries.response);
    expect(() => list({ items: { 0: entry }, nextCursor: null })).toThrow(ResponseShapeError);
    // A whole row where a plain value is promised would be written with every column.
    const nested = { ...user, email: { address: "ada@example.org", password_hash: "x" } };
    expect(() => me({ user: nested })).toThrow(ResponseShapeError);
  });

  it("keeps optional keys out when they are undefined and writes null for nullable ones", () => {
    const schema = z.object({ a: z.string().optional(), b: z.number().nullable() });
    expect(serializerOf(schema)({ a: undefined, b: null })).toBe('{"b":null}');
    expect(serializerOf(schema)({ a: "x", b: 2 })).toBe('{"a":"x","b":2}');
  });

  it("leaves schemas that change or choose values to zod (transforms, defaults, unions)", () => {
    const transformed = z.object({ tag: z.string().transform((tag) => tag.toUpperCase()) });
    expect(serializerOf(transformed)({ tag: "cold" })).toBe('{"tag":"COLD"}');
    const trimmed = z.object({ name: z.string().trim() });
    expect(serializerOf(trimmed)({ name: " Ada " })).toBe('{"name":"Ada"}');
    const defaulted = z.object({ count: z.number().default(0) });
    expect(serializerOf(defaulted)({})).toBe('{"count":0}');
    const union = z.union([z.object({ a: z.number() }), z.object({ b: z.string() })]);
    expect(() => serializerOf(union)({ c: true })).toThrow();
  });
});
