import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Goal } from "./goal.schema.js";
import { goalCheckProblem, goalCheckValueMax } from "./goal-checks.js";
import { goalProgress } from "./goal-progress.js";

/** Issue 11's example: "walk 20 minutes". */
const walk: Goal = {
  kind: "function",
  startDate: "2026-03-01",
  targetDate: "2026-06-01",
  text: "Walk to the park",
  target: 20,
  unit: "minutes",
};

describe("goalCheckProblem (issue 11: a function goal checked off with the amount done)", () => {
  it("keeps an amount for today or an earlier day since the start", () => {
    expect(goalCheckProblem(walk, { localDate: "2026-03-29", value: 15 }, "2026-03-29")).toBe(
      undefined,
    );
    expect(goalCheckProblem(walk, { localDate: "2026-03-01", value: 0.5 }, "2026-03-29")).toBe(
      undefined,
    );
  });

  it("refuses a goal that is not a function goal", () => {
    const peg: Goal = {
      kind: "peg",
      startDate: "2026-03-01",
      targetDate: "2026-06-01",
      targetScore: 4,
    };
    expect(goalCheckProblem(peg, { localDate: "2026-03-29", value: 3 }, "2026-03-29")?.path).toBe(
      "goalId",
    );
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, goalCheckValueMax + 1])(
    "refuses the amount %s",
    (value) => {
      expect(goalCheckProblem(walk, { localDate: "2026-03-29", value }, "2026-03-29")?.path).toBe(
        "value",
      );
    },
  );

  it("refuses a day after today and a day before the goal starts", () => {
    expect(goalCheckProblem(walk, { localDate: "2026-03-30", value: 10 }, "2026-03-29")?.path).toBe(
      "localDate",
    );
    expect(goalCheckProblem(walk, { localDate: "2026-02-28", value: 10 }, "2026-03-29")?.path).toBe(
      "localDate",
    );
  });

  it("a kept check that reaches the target achieves the goal (the best amount counts)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 1, max: 29 }),
            value: fc.double({ min: 0.01, max: 100, noNaN: true }),
          }),
          { maxLength: 20 },
        ),
        (checks) => {
          const kept = checks
            .map(({ day, value }) => ({
              localDate: `2026-03-${String(day).padStart(2, "0")}`,
              value,
            }))
            .filter((check) => goalCheckProblem(walk, check, "2026-03-29") === undefined);
          const progress = goalProgress(walk, { functionChecks: kept }, "2026-03-29");
          const isReached = kept.some((check) => check.value >= walk.target);
          expect(progress.status).toBe(isReached ? "achieved" : "on-track");
        },
      ),
    );
  });
});
