import { describe, expect, it } from "vitest";
import { checkRecordedAt } from "./recorded-at.js";

const now = new Date("2026-03-29T12:00:00.000Z");

describe("checkRecordedAt", () => {
  it("accepts now, the past, and up to 5 minutes ahead (clock skew)", () => {
    expect(checkRecordedAt("2026-03-29T12:00:00.000Z", now)).toBeUndefined();
    expect(checkRecordedAt("1900-01-01T00:00:00.000Z", now)).toBeUndefined();
    expect(checkRecordedAt("2026-03-29T12:05:00.000Z", now)).toBeUndefined();
  });

  it("refuses more than 5 minutes ahead", () => {
    expect(checkRecordedAt("2026-03-29T12:05:00.001Z", now)).toMatch(/future/);
    expect(checkRecordedAt("2027-01-01T00:00:00.000Z", now)).toMatch(/future/);
  });

  it("refuses times before 1900 and text that is not a time", () => {
    expect(checkRecordedAt("1899-12-31T23:59:59.999Z", now)).toMatch(/1900/);
    expect(checkRecordedAt("yesterday", now)).toBeDefined();
  });
});
