import type { PlanPauseRecord } from "@painplan/core";
import { describe, expect, test } from "vitest";
import { currentPause } from "./pause-state";

function aPause(from: string, until: string, resumedAt: string | null = null): PlanPauseRecord {
  return { id: `${from}-${until}`, from, until, reason: "flare", createdAt: "", resumedAt };
}

describe("current pause", () => {
  test("a running pause wins over one to come; ended and resumed ones are history", () => {
    const pauses = [
      aPause("2026-01-01", "2026-01-05"),
      aPause("2026-03-01", "2026-03-10", "2026-03-02T09:00:00Z"),
      aPause("2026-03-20", "2026-03-25"),
      aPause("2026-03-03", "2026-03-08"),
    ];
    expect(currentPause(pauses, "2026-03-04")).toMatchObject({
      isRunning: true,
      pause: { from: "2026-03-03" },
    });
    expect(currentPause(pauses, "2026-03-09")).toMatchObject({
      isRunning: false,
      pause: { from: "2026-03-20" },
    });
    expect(currentPause(pauses, "2026-03-26")).toBeUndefined();
  });

  test("the last day of a pause still counts (days are inclusive)", () => {
    expect(currentPause([aPause("2026-03-03", "2026-03-08")], "2026-03-08")?.isRunning).toBe(true);
  });
});
