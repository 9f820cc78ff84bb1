import { redFlagIds, safetyQuestionIds } from "@painplan/core";
import { describe, expect, test } from "vitest";
import { intakeSteps } from "./intake-steps";

describe("intake steps", () => {
  const items = intakeSteps.flatMap((step) => step.items);

  test("every safety question of core is asked exactly once", () => {
    const asked = items.flatMap((item) => (item.kind === "question" ? [item.id] : []));
    expect([...asked].sort()).toEqual([...safetyQuestionIds].sort());
  });

  test("every red flag of core is asked exactly once, before any other question", () => {
    const flags = items.flatMap((item) => (item.kind === "red-flag" ? [item.id] : []));
    expect([...flags].sort()).toEqual([...redFlagIds].sort());
    const lastFlag = items.findLastIndex((item) => item.kind === "red-flag");
    const firstOther = items.findIndex((item) => item.kind !== "red-flag");
    expect(lastFlag).toBeLessThan(firstOther);
  });
});
