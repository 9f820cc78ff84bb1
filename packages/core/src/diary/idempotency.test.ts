import { describe, expect, it } from "vitest";
import { isRetryOf } from "./idempotency.js";
import { minimalPainEntryValues } from "./pain-entry-values.js";

const stored = {
  origin: "quick-log" as const,
  values: {
    ...minimalPainEntryValues(4, "2026-03-29T08:00:00.000Z"),
    regions: [{ regionId: "left-sole", intensity: 6, qualities: ["burning" as const] }],
  },
};

describe("isRetryOf", () => {
  it("is a retry when every field sent matches, whatever was left out", () => {
    expect(isRetryOf({ origin: "quick-log", sent: { intensityNow: 4 } }, stored)).toBe(true);
    expect(
      isRetryOf(
        { origin: "quick-log", sent: { intensityNow: 4, recordedAt: "2026-03-29T08:00:00.000Z" } },
        stored,
      ),
    ).toBe(true);
  });

  it("is not a retry when a field differs or the kind of entry differs", () => {
    expect(isRetryOf({ origin: "quick-log", sent: { intensityNow: 5 } }, stored)).toBe(false);
    expect(
      isRetryOf({ origin: "quick-log", sent: { recordedAt: "2026-03-29T08:01:00.000Z" } }, stored),
    ).toBe(false);
    expect(isRetryOf({ origin: "entry", sent: { intensityNow: 4 } }, stored)).toBe(false);
    expect(isRetryOf({ origin: "quick-log", sent: { regions: [] } }, stored)).toBe(false);
  });
});
