import { describe, expect, it } from "vitest";
import { isPracticeLogRetryOf } from "./practice-log-retry.js";
import { logPracticeRequestSchema, type PracticeLogEntry } from "./practice.schema.js";

const request = logPracticeRequestSchema.parse({
  idempotencyKey: "5a0c6a52-3f5e-4d8a-9c1e-0d8f2b6f4a11",
  kind: "paced-breathing",
  practiceId: "paced-breathing",
  secondsDone: 180,
  startedAt: "2026-03-28T23:26:00+00:00",
  endedAt: "2026-03-28T23:29:00Z",
  painBefore: 5,
});

const stored: PracticeLogEntry = {
  id: "0b6c2f38-0a55-4c38-9d55-3c2f64b1d0a2",
  kind: "paced-breathing",
  practiceId: "paced-breathing",
  poseIds: [],
  secondsDone: 180,
  startedAt: "2026-03-28T23:26:00.000Z",
  endedAt: "2026-03-28T23:29:00.000Z",
  localDate: "2026-03-29",
  painBefore: 5,
  painAfter: null,
  effort: null,
  howItFelt: "",
  isFlareDay: null,
  createdAt: "2026-03-29T00:30:00.000Z",
};

describe("isPracticeLogRetryOf", () => {
  it("is a retry when every field sent is what was saved (skipped ones as stored, times as instants)", () => {
    expect(isPracticeLogRetryOf(request, stored)).toBe(true);
  });

  it("is another practice when any field differs", () => {
    const changes: Partial<PracticeLogEntry>[] = [
      { painAfter: 3 },
      { secondsDone: 240 },
      { endedAt: "2026-03-28T23:30:00.000Z" },
      { howItFelt: "Calmer." },
      { isFlareDay: false },
    ];
    for (const change of changes) {
      expect(isPracticeLogRetryOf(request, { ...stored, ...change }), JSON.stringify(change)).toBe(
        false,
      );
    }
  });
});
