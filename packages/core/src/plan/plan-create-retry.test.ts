import { describe, expect, it } from "vitest";
import { createGoalRequestSchema } from "./goal-record.schema.js";
import { goalSchema } from "./goal.schema.js";
import { isGoalRetryOf, isPlanRetryOf } from "./plan-create-retry.js";
import { createPlanRequestSchema } from "./plan.schema.js";

const key = "7d7e1c3a-8a4b-4c55-9f0e-2b1d3c4e5f61";

describe("isPlanRetryOf", () => {
  const request = createPlanRequestSchema.parse({
    idempotencyKey: key,
    title: "Spring plan",
    startDate: "2026-04-01",
  });
  const started = {
    title: "Spring plan",
    startDate: "2026-04-01",
    reviewDate: null,
    madeWith: "",
    reason: "",
    proposedBy: "",
  };

  it("is a retry when the plan was started with these fields (defaults filled in)", () => {
    expect(isPlanRetryOf(request, started)).toBe(true);
  });

  it("is another plan when a field or the note differs", () => {
    for (const change of [
      { title: "Summer plan" },
      { startDate: "2026-04-02" },
      { reviewDate: "2026-06-01" },
      { madeWith: "Dr Lee" },
      { reason: "After the flare" },
      { proposedBy: "my physiotherapist" },
    ]) {
      expect(isPlanRetryOf(request, { ...started, ...change }), JSON.stringify(change)).toBe(false);
    }
  });
});

describe("isGoalRetryOf", () => {
  const sent = createGoalRequestSchema.parse({
    idempotencyKey: key,
    goal: { kind: "peg", startDate: "2026-03-29", targetDate: "2026-06-29", targetScore: 4 },
  }).goal;
  // Stored as JSON and read back through the schema, as the server does.
  const stored = goalSchema.parse(JSON.parse(JSON.stringify(sent)));

  it("is a retry when the stored goal is the one sent", () => {
    expect(isGoalRetryOf(sent, stored)).toBe(true);
  });

  it("is another goal when a field or the kind differs", () => {
    const others = [
      { ...stored, targetScore: 5 },
      { ...stored, targetDate: "2026-07-01" },
      { kind: "sessions-attended", startDate: "2026-03-29", targetDate: "2026-06-29", sessions: 4 },
    ];
    for (const other of others) {
      expect(isGoalRetryOf(sent, goalSchema.parse(other)), JSON.stringify(other)).toBe(false);
    }
  });
});
