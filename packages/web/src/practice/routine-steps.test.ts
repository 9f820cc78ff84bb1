import type { Routine } from "@painplan/core";
import { describe, expect, it } from "vitest";
import { routinePoseView, routineSteps } from "./routine-steps";

const routine: Routine = {
  id: "gentle-yoga-5",
  requestedMinutes: 5,
  totalSeconds: 150,
  poses: [
    { poseId: "yoga-cat-cow", variant: "chair", holdSeconds: 30, rounds: 3, cautions: [] },
    {
      poseId: "yoga-seated-forward-fold",
      variant: "standard",
      holdSeconds: 60,
      rounds: 1,
      cautions: ["Fold only as far as is comfortable."],
    },
  ],
  leftOut: [],
  shorterReason: null,
  notes: [],
};

describe("routine steps", () => {
  it("plays each pose for all its rounds, in the routine's order", () => {
    const steps = routineSteps(routine);
    expect(steps.map((step) => step.seconds)).toEqual([90, 60]);
    expect(steps.map((step) => step.pose)).toEqual([
      { poseId: "yoga-cat-cow", version: "supported" },
      { poseId: "yoga-seated-forward-fold", version: "full" },
    ]);
  });

  it("names the chair version and says how to do it, with the cautions as notes", () => {
    const [chair, standard] = routineSteps(routine);
    expect(chair?.text).toMatch(/^Cat–cow, chair version\. 3 rounds\. Seated cat–cow/);
    expect(standard?.notes?.at(-1)).toBe("Fold only as far as is comfortable.");
    expect(standard?.notes).toHaveLength(3);
    const [firstPose] = routine.poses;
    if (firstPose === undefined) throw new Error("the routine has poses");
    expect(routinePoseView(firstPose).versionLabel).toBe("Chair version");
  });

  it("has no steps when every pose was left out", () => {
    expect(routineSteps({ ...routine, poses: [], totalSeconds: 0 })).toEqual([]);
  });
});
